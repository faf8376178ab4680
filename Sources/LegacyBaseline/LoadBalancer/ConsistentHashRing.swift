import ComputeRuntime
import Synchronization

/// The legacy consistent-hash ring: an unordered map from ring key to node behind a lock (spec §1.11).
final class ConsistentHashRing: Sendable {
    /// Fixed by upstream; not a config field.
    static let virtualNodes = 150

    private let entries = Mutex<[UInt64: NodeID]>([:])

    /// Adds `id`'s 150 virtual nodes with the legacy overwrite-then-probe semantics: an insert into an
    /// occupied slot overwrites it and probes on to the next key until it lands in an empty one.
    func add(_ id: NodeID) {
        for index in 0..<Self.virtualNodes {
            var key = FNV1a.hash(FNV1a.ringKey(id, virtualNode: index))
            entries.withLock { ring in
                while ring.updateValue(id, forKey: key) != nil {
                    key &+= 1
                }
            }
        }
    }

    /// Deletes every entry of `id`.
    func remove(_ id: NodeID) {
        entries.withLock { ring in
            ring = ring.filter { $0.value != id }
        }
    }

    /// #150 legacy cost: copies every entry and sorts the copy, per call.
    func sortedEntries() -> [(key: UInt64, node: NodeID)] {
        var copy = entries.withLock { ring in ring.map { (key: $0.key, node: $0.value) } }
        copy.sort { $0.key < $1.key }
        return copy
    }

    /// The ring entries sorted by key (for tests).
    var snapshot: [(key: UInt64, node: NodeID)] { sortedEntries() }
}
