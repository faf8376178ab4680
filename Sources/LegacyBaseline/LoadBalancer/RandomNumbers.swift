import ComputeRuntime
import Synchronization

/// The legacy random source: one OS draw per number (spec §1.12).
///
/// #161 legacy cost: `SystemRandomNumberGenerator` on Linux is one `getrandom(2)` call of 8 bytes
/// per `next()`. `.seeded` (tests only) replays the SplitMix64 sequence the fixed balancer uses.
final class RandomNumbers: Sendable {
    private let isSeeded: Bool
    private let seededState: Mutex<UInt64>

    init(_ source: RandomSource) {
        switch source {
        case .system:
            isSeeded = false
            seededState = Mutex(0)
        case .seeded(let seed):
            isSeeded = true
            seededState = Mutex(seed)
        }
    }

    @inline(__always)
    func next() -> UInt64 {
        guard isSeeded else {
            var generator = SystemRandomNumberGenerator()
            return generator.next()
        }
        return seededState.withLock { state in
            state &+= RandomSource.splitMixIncrement
            return RandomSource.splitMixOutput(state)
        }
    }

    @inline(__always)
    func nextUnit() -> Double {
        RandomSource.unitInterval(next())
    }
}
