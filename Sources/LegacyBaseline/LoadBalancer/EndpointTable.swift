import ComputeRuntime
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The legacy endpoint store: a sharded concurrent map in the shape of upstream's `DashMap`.
///
/// #148 legacy cost: `4 × CPU count` shards, each a reader-writer lock over its own storage.
/// #168 legacy cost: upstream walks the shards in hash order; spec §0.5 requires insertion order instead, so every
/// entry carries a global insertion sequence and `forEachInInsertionOrder` takes every shard's
/// read lock and merges the shards' sequence-ordered entry lists. A walk therefore costs one lock
/// round trip per shard plus a pass over every entry (with a scan of the shard heads per entry,
/// which for the 8 shards of this machine is a handful of integer compares) — the "cost ∝ shards +
/// endpoints, locks per shard" pattern of the original, with a deterministic order.
final class EndpointTable: Sendable {
    private struct Entry {
        var sequence: UInt64
        var state: EndpointState
    }

    private struct ShardStorage {
        /// Entries in insertion-sequence order.
        var entries: [Entry] = []
        /// Node id → index into `entries`.
        var positions: [NodeID: Int] = [:]
    }

    private let shards: [ReaderWriterLock<ShardStorage>]
    private let nextSequence = Atomic<UInt64>(0)

    /// Upstream's default shard amount: four per CPU.
    static var defaultShardCount: Int {
        max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) * 4
    }

    init(shardCount: Int = EndpointTable.defaultShardCount) {
        shards = (0..<shardCount).map { _ in ReaderWriterLock(ShardStorage()) }
    }

    var shardCount: Int { shards.count }

    private func shard(for id: NodeID) -> ReaderWriterLock<ShardStorage> {
        var hasher = Hasher()
        hasher.combine(id)
        let hash = UInt(bitPattern: hasher.finalize())
        return shards[Int(hash % UInt(shards.count))]
    }

    /// Inserts `state`, or replaces the state with the same id in place (keeping its sequence).
    func insert(_ state: EndpointState) {
        let shard = shard(for: state.nodeID)
        shard.withExclusive { storage in
            if let index = storage.positions[state.nodeID] {
                storage.entries[index].state = state
            } else {
                let sequence = nextSequence.wrappingAdd(1, ordering: .sequentiallyConsistent).oldValue
                storage.positions[state.nodeID] = storage.entries.count
                storage.entries.append(Entry(sequence: sequence, state: state))
            }
        }
    }

    /// Removes and returns the state of `id`, if present.
    @discardableResult
    func remove(_ id: NodeID) -> EndpointState? {
        shard(for: id).withExclusive { storage in
            guard let index = storage.positions.removeValue(forKey: id) else { return nil }
            let removed = storage.entries.remove(at: index)
            for later in index..<storage.entries.count {
                storage.positions[storage.entries[later].state.nodeID] = later
            }
            return removed.state
        }
    }

    /// Point lookup: one shard read lock.
    func lookup(_ id: NodeID) -> EndpointState? {
        shard(for: id).withShared { storage in
            guard let index = storage.positions[id] else { return nil }
            return storage.entries[index].state
        }
    }

    /// Sums the per-shard sizes, one read lock per shard.
    var count: Int {
        var total = 0
        for shard in shards {
            total += shard.withShared { $0.entries.count }
        }
        return total
    }

    /// Visits every entry in insertion order while holding every shard's read lock.
    func forEachInInsertionOrder<E: Error>(_ body: (EndpointState) throws(E) -> Void) throws(E) {
        for shard in shards { shard.lockShared() }
        defer { for shard in shards { shard.unlock() } }
        let shardCount = shards.count
        try withUnsafeTemporaryAllocation(of: Int.self, capacity: shardCount) { cursors throws(E) in
            cursors.initialize(repeating: 0)
            while true {
                var best = -1
                var bestSequence = UInt64.max
                for index in 0..<shardCount {
                    let entries = shards[index].valueWhileLocked.entries
                    let cursor = cursors[index]
                    if cursor < entries.count, entries[cursor].sequence < bestSequence {
                        best = index
                        bestSequence = entries[cursor].sequence
                    }
                }
                if best < 0 { return }
                let state = shards[best].valueWhileLocked.entries[cursors[best]].state
                cursors[best] += 1
                try body(state)
            }
        }
    }
}
