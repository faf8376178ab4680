import Synchronization

/// One snapshot's per-endpoint filter exclusions, cached between the transitions that change them
/// (#148 filtered path).
///
/// Of the filter's per-endpoint tests (spec §1.8), availability and the connection cap change only
/// at a transition (a health change, a reservation filling the last slot, a completion freeing it,
/// a circuit opening or closing), and every transition bumps the balancer's `exclusionVersion`
/// after changing the state. So two bitmaps computed by a full scan stay exact until the version
/// moves: `open` (available and below the cap) and `circuit` (circuit flag set). The circuit's own
/// verdict depends on the clock and the probe flag, so a select re-evaluates just those endpoints.
/// With the cache a filtered select costs O(endpoints / 64) words instead of a visit per endpoint.
///
/// A seqlock guards the words: readers copy them and re-check the sequence (no lock, no RMW); one
/// writer at a time claims the odd sequence with a CAS, and a writer that loses simply does not
/// publish. A copy is valid only with the stamp it was taken under, so a transition that lands
/// during a scan leaves a stale stamp behind and the next select scans again.
package final class ExclusionCache: @unchecked Sendable {
    let wordCount: Int
    /// Odd while a writer fills the words.
    private let sequence = Atomic<UInt64>(0)
    /// The `exclusionVersion` the words reflect; `.max` (never a version in practice) until filled.
    private let stamp = Atomic<UInt64>(.max)
    /// `open` words, then `circuit` words.
    private let words: UnsafeMutablePointer<Atomic<UInt64>>
    /// The number of set bits in the `open` words (saves a population count per select).
    private let openCount = Atomic<Int>(0)

    package init(wordCount: Int) {
        self.wordCount = wordCount
        words = .allocate(capacity: 2 * wordCount)
        for index in 0..<2 * wordCount { (words + index).initialize(to: Atomic(0)) }
    }

    deinit {
        words.deinitialize(count: 2 * wordCount)
        words.deallocate()
    }

    /// Copies the cached bitmaps into `open` and `circuit` when they reflect `version`.
    ///
    /// - Returns: the number of bits set in `open`, or nil when the cache does not reflect `version`
    ///   (or a writer raced with the copy); the buffers then hold garbage.
    @inline(__always)
    package func load(version: UInt64, open: UnsafeMutablePointer<UInt64>, circuit: UnsafeMutablePointer<UInt64>)
        -> Int?
    {
        let before = sequence.load(ordering: .acquiring)
        if before & 1 != 0 || stamp.load(ordering: .relaxed) != version { return nil }
        let count = openCount.load(ordering: .relaxed)
        for word in 0..<wordCount {
            open[word] = words[word].load(ordering: .relaxed)
            circuit[word] = words[wordCount + word].load(ordering: .relaxed)
        }
        // Orders the copies before the re-check: a copy that saw a concurrent writer's store also
        // sees its odd sequence here.
        atomicMemoryFence(ordering: .acquiring)
        return sequence.load(ordering: .relaxed) == before ? count : nil
    }

    /// Publishes bitmaps computed by a scan that started after reading `version`, unless another
    /// writer is publishing.
    package func store(
        version: UInt64, open: UnsafePointer<UInt64>, openCount count: Int, circuit: UnsafePointer<UInt64>
    ) {
        let current = sequence.load(ordering: .relaxed)
        guard current & 1 == 0,
            sequence.compareExchange(expected: current, desired: current &+ 1, ordering: .relaxed).exchanged
        else { return }
        // Orders the odd sequence before the stores below, for readers that see any of them.
        atomicMemoryFence(ordering: .releasing)
        stamp.store(version, ordering: .relaxed)
        openCount.store(count, ordering: .relaxed)
        for word in 0..<wordCount {
            words[word].store(open[word], ordering: .relaxed)
            words[wordCount + word].store(circuit[word], ordering: .relaxed)
        }
        sequence.store(current &+ 2, ordering: .releasing)
    }
}
