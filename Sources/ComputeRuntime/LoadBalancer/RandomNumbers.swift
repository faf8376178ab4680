import Synchronization

/// #161: a per-balancer SplitMix64 generator, seeded once (from the OS unless a seed is injected).
///
/// The state is one `Atomic<UInt64>` advanced by a wrapping add, so concurrent selectors each get a
/// distinct draw without a lock. Same output mapping as upstream's draws (`r % count`, `(r >> 11) / 2^53`).
final class RandomNumbers: Sendable {
    private let state: Atomic<UInt64>

    init(_ source: RandomSource) {
        switch source {
        case .system:
            var generator = SystemRandomNumberGenerator()
            state = Atomic(generator.next())
        case .seeded(let seed):
            state = Atomic(seed)
        }
    }

    @inline(__always)
    func next() -> UInt64 {
        let advanced = state.wrappingAdd(RandomSource.splitMixIncrement, ordering: .relaxed).newValue
        return RandomSource.splitMixOutput(advanced)
    }

    @inline(__always)
    func nextUnit() -> Double {
        RandomSource.unitInterval(next())
    }
}
