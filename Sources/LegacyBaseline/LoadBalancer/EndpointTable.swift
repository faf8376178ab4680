import ComputeRuntime
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The legacy endpoint store: a sharded concurrent map in the shape of upstream's `DashMap`.
///
/// #148 legacy cost: `4 × CPU count` shards, each a reader-writer lock over its own storage; a
/// walk takes every shard's read lock and visits every entry: O(shards + endpoints) per walk, with
/// one lock round trip per shard, as upstream's sharded-map iteration costs.
///
/// #168 legacy cost: upstream walks the shards in hash order; spec §0.5 requires registration order
/// instead. Each shard keeps its entries in registration order, and each entry records the shard of
/// the entries registered just before and after it, so a walk follows those links from shard to
/// shard with one cursor per shard: one step per entry (the shards' own lists, no merge, no sort).
/// Keeping the links costs membership changes a few extra steps, under the locks they take anyway.
final class EndpointTable: Sendable {
    private struct Entry {
        var sequence: UInt64
        /// Retained once by the table (released on removal or replacement): a walk lends each state
        /// to its body by reference, as upstream's iterator does, with no retain and release per entry.
        var state: Unmanaged<EndpointState>
        /// The shards of the entries registered just before and just after this one (−1: none).
        var previousShard: Int32
        var nextShard: Int32
    }

    private struct ShardStorage {
        /// Entries in registration order.
        var entries: [Entry] = []
        /// Node id → index into `entries`.
        var positions: [NodeID: Int] = [:]
    }

    /// What writers share besides the shards: the next registration sequence and the last entry's shard.
    private struct Registration {
        var nextSequence: UInt64 = 0
        var tailShard = -1
    }

    private let shards: [ReaderWriterLock<ShardStorage>]
    /// Serializes membership changes. A writer holding it may read any shard without its lock (only
    /// writers modify shards) and takes the exclusive locks of the shards it modifies, in ascending
    /// index order, as walks take their read locks.
    private let registration = Mutex(Registration())
    /// The shard of the first registered entry (−1 when empty). Written under `registration` and the
    /// exclusive lock of a shard; read by walks under every shard's read lock.
    private let headShard = Atomic<Int>(-1)

    /// Upstream's default shard amount: four per CPU.
    static var defaultShardCount: Int {
        max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) * 4
    }

    init(shardCount: Int = EndpointTable.defaultShardCount) {
        shards = (0..<shardCount).map { _ in ReaderWriterLock(ShardStorage()) }
    }

    deinit {
        for shard in shards {
            for entry in shard.valueWhileLocked.pointee.entries { entry.state.release() }
        }
    }

    var shardCount: Int { shards.count }

    @inline(__always)
    private func shardIndex(for id: NodeID) -> Int {
        var hasher = Hasher()
        hasher.combine(id)
        let hash = UInt(bitPattern: hasher.finalize())
        return Int(hash % UInt(shards.count))
    }

    /// Runs `body` with the exclusive locks of shards `a`, `b` and `c` (−1 and repeats ignored), taken
    /// in ascending order.
    private func withExclusiveLocks<R>(_ a: Int, _ b: Int = -1, _ c: Int = -1, _ body: () -> R) -> R {
        var (low, middle, high) = (a, b, c)
        if low > middle { swap(&low, &middle) }
        if middle > high { swap(&middle, &high) }
        if low > middle { swap(&low, &middle) }
        let lockLow = low >= 0
        let lockMiddle = middle >= 0 && middle != low
        let lockHigh = high >= 0 && high != middle
        if lockLow { shards[low].lockExclusive() }
        if lockMiddle { shards[middle].lockExclusive() }
        if lockHigh { shards[high].lockExclusive() }
        defer {
            if lockHigh { shards[high].unlock() }
            if lockMiddle { shards[middle].unlock() }
            if lockLow { shards[low].unlock() }
        }
        return body()
    }

    /// Reads or writes shard `index`'s storage in place (the caller holds the right lock, or is the writer).
    private func withStorage<R>(_ index: Int, _ body: (inout ShardStorage) -> R) -> R {
        body(&shards[index].valueWhileLocked.pointee)
    }

    /// Index in shard `shard` of its entry with the largest sequence below `sequence`, or the
    /// smallest above it (entries are in sequence order).
    private func neighbour(in shard: Int, of sequence: UInt64, before: Bool) -> Int {
        withStorage(shard) { storage in
            var low = 0
            var high = storage.entries.count
            while low < high {
                let mid = (low + high) / 2
                if storage.entries[mid].sequence < sequence { low = mid + 1 } else { high = mid }
            }
            // `low` is the first entry at or after `sequence`; the entry with `sequence` itself is
            // skipped when it lives in this shard.
            if before { return low - 1 }
            return low < storage.entries.count && storage.entries[low].sequence == sequence ? low + 1 : low
        }
    }

    /// Inserts `state`, or replaces the state with the same id in place (keeping its place in the order).
    func insert(_ state: EndpointState) {
        let shard = shardIndex(for: state.nodeID)
        registration.withLock { registration in
            if let index = withStorage(shard, { $0.positions[state.nodeID] }) {
                let replaced: Unmanaged<EndpointState> = withExclusiveLocks(shard) {
                    withStorage(shard) { storage in
                        let old = storage.entries[index].state
                        storage.entries[index].state = .passRetained(state)
                        return old
                    }
                }
                replaced.release()
                return
            }
            let tail = registration.tailShard
            let sequence = registration.nextSequence
            registration.nextSequence += 1
            withExclusiveLocks(shard, tail) {
                if tail >= 0 {
                    withStorage(tail) { $0.entries[$0.entries.count - 1].nextShard = Int32(shard) }
                } else {
                    headShard.store(shard, ordering: .relaxed)
                }
                withStorage(shard) { storage in
                    storage.positions[state.nodeID] = storage.entries.count
                    storage.entries.append(
                        Entry(
                            sequence: sequence, state: .passRetained(state), previousShard: Int32(tail),
                            nextShard: -1))
                }
            }
            registration.tailShard = shard
        }
    }

    /// Removes and returns the state of `id`, if present.
    @discardableResult
    func remove(_ id: NodeID) -> EndpointState? {
        let shard = shardIndex(for: id)
        return registration.withLock { registration -> EndpointState? in
            guard let index = withStorage(shard, { $0.positions[id] }) else { return nil }
            let removed = withStorage(shard) { $0.entries[index] }
            let previous = Int(removed.previousShard)
            let next = Int(removed.nextShard)
            return withExclusiveLocks(shard, previous, next) {
                if previous >= 0 {
                    let before = neighbour(in: previous, of: removed.sequence, before: true)
                    withStorage(previous) { $0.entries[before].nextShard = Int32(next) }
                } else {
                    headShard.store(next, ordering: .relaxed)
                }
                if next >= 0 {
                    let after = neighbour(in: next, of: removed.sequence, before: false)
                    withStorage(next) { $0.entries[after].previousShard = Int32(previous) }
                } else {
                    registration.tailShard = previous
                }
                withStorage(shard) { storage in
                    storage.positions.removeValue(forKey: id)
                    storage.entries.remove(at: index)
                    for later in index..<storage.entries.count {
                        storage.positions[storage.entries[later].state._withUnsafeGuaranteedRef(\.nodeID)] = later
                    }
                }
                return removed.state.takeRetainedValue()
            }
        }
    }

    /// Point lookup: one shard read lock.
    @inline(__always)
    func lookup(_ id: NodeID) -> EndpointState? {
        shards[shardIndex(for: id)].withShared { storage in
            guard let index = storage.positions[id] else { return nil }
            return storage.entries[index].state.takeUnretainedValue()
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

    /// Visits every entry in registration order while holding every shard's read lock.
    ///
    /// - Complexity: O(shards + entries): one read lock per shard, one step per entry.
    func forEachInInsertionOrder(_ body: (EndpointState) -> Void) {
        var unobserved = UnobservedWalk()
        walk(observing: &unobserved, body)
    }

    /// `forEachInInsertionOrder`, reporting each shard lock taken and each entry step to `observer`
    /// (tests bound the walk's cost with it; the no-op observer compiles away).
    func walk<Observer: WalkObserving>(observing observer: inout Observer, _ body: (EndpointState) -> Void) {
        for shard in shards {
            shard.lockShared()
            observer.tookSharedLock()
        }
        defer { for shard in shards { shard.unlock() } }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: shards.count) { cursors in
            cursors.initialize(repeating: 0)
            var current = headShard.load(ordering: .relaxed)
            while current >= 0 {
                let cursor = cursors[current]
                cursors[current] = cursor + 1
                let storage = shards[current].valueWhileLocked
                let state = storage.pointee.entries[cursor].state
                let next = Int(storage.pointee.entries[cursor].nextShard)
                observer.visitedEntry()
                state._withUnsafeGuaranteedRef(body)
                current = next
            }
        }
    }
}

/// Receives the structural events of a legacy table walk.
package protocol WalkObserving {
    mutating func tookSharedLock()
    mutating func visitedEntry()
}

/// The observer of production walks: does nothing.
struct UnobservedWalk: WalkObserving {
    @inline(__always) func tookSharedLock() {}
    @inline(__always) func visitedEntry() {}
}
