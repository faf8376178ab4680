import Synchronization

/// The mesh's capability announcements by scheduler node id, queried by `CapabilityFilter` (spec §2.6).
///
/// Self-contained stand-in for upstream's concurrent index: entries are kept sorted by node id, so a
/// query walks them once and returns matches in ascending order without sorting (both runtimes
/// share this type, so its cost is the same on both sides). Thread-safe; every operation takes one
/// uncontended lock.
public final class CapabilityIndex: Sendable {
    struct Entry {
        var nodeID: UInt64
        var caps: CapabilitySet
        var version: UInt64
    }

    struct Storage {
        /// Sorted ascending by `nodeID`, one entry per node.
        var entries: [Entry] = []
        var queryCount: UInt64 = 0

        /// The position of `nodeID`, or where it would be inserted.
        func position(of nodeID: UInt64) -> (index: Int, found: Bool) {
            var low = 0
            var high = entries.count
            while low < high {
                let mid = (low + high) / 2
                if entries[mid].nodeID < nodeID { low = mid + 1 } else { high = mid }
            }
            return (low, low < entries.count && entries[low].nodeID == nodeID)
        }
    }

    let storage = Mutex(Storage())

    /// An empty index.
    public init() {}

    /// Stores `caps` for `nodeID` unless an announcement with the same or a newer version is already stored.
    ///
    /// - Returns: `true` when the entry was inserted or replaced.
    /// - Complexity: O(n) for a new node (sorted insert), O(log n) for a replacement.
    @discardableResult
    public func index(nodeID: UInt64, caps: CapabilitySet, version: UInt64) -> Bool {
        storage.withLock { storage in
            let (position, found) = storage.position(of: nodeID)
            if found {
                guard version > storage.entries[position].version else { return false }
                storage.entries[position].caps = caps
                storage.entries[position].version = version
            } else {
                storage.entries.insert(Entry(nodeID: nodeID, caps: caps, version: version), at: position)
            }
            return true
        }
    }

    /// Forgets `nodeID`; no-op if unknown.
    public func remove(nodeID: UInt64) {
        storage.withLock { storage in
            let (position, found) = storage.position(of: nodeID)
            if found { storage.entries.remove(at: position) }
        }
    }

    /// Every indexed node whose current capabilities match `filter`, ascending.
    ///
    /// - Complexity: O(n) matches; allocates the result array.
    public func query(_ filter: CapabilityFilter) -> [UInt64] {
        query(filter, alsoRequiringTag: nil, excluding: { _ in false })
    }

    /// Like `query(filter)` with `extraTag` also required and ids for which `isExcluded` holds left out
    /// during the walk, so callers never build a combined filter or a second list.
    ///
    /// Counts as one query.
    package func query(
        _ filter: CapabilityFilter,
        alsoRequiringTag extraTag: String?,
        excluding isExcluded: (UInt64) -> Bool
    ) -> [UInt64] {
        storage.withLock { storage in
            storage.queryCount &+= 1
            var result: [UInt64] = []
            for entry in storage.entries
            where !isExcluded(entry.nodeID) && filter.matches(entry.caps, alsoRequiringTag: extraTag) {
                result.append(entry.nodeID)
            }
            return result
        }
    }

    /// The capabilities stored for `nodeID`, if indexed.
    public func capabilities(of nodeID: UInt64) -> CapabilitySet? {
        storage.withLock { storage in
            let (position, found) = storage.position(of: nodeID)
            return found ? storage.entries[position].caps : nil
        }
    }

    /// Number of indexed nodes.
    public var nodeCount: Int {
        storage.withLock { $0.entries.count }
    }

    /// Number of queries answered since creation (never reset); lets tests count index walks.
    public var queryCount: UInt64 {
        storage.withLock { $0.queryCount }
    }
}
