import ComputeRuntime

/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64).
///
/// Used wherever the harness needs reproducible randomness: bootstrap resampling and
/// pre-generated event streams. The same seed always yields the same sequence.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The generator's full state; advancing it by the golden-ratio increment is the whole step.
    public private(set) var state: UInt64

    /// A generator starting at `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 pseudo-random bits.
    public mutating func next() -> UInt64 {
        // The same step the balancers' seeded generators take (one definition, in ComputeRuntime).
        state &+= RandomSource.splitMixIncrement
        return RandomSource.splitMixOutput(state)
    }

    /// A uniform index in `0..<upperBound` (slight modulo bias is irrelevant for resampling).
    ///
    /// - Precondition: `upperBound > 0`.
    public mutating func nextIndex(below upperBound: Int) -> Int {
        precondition(upperBound > 0, "nextIndex(below:) needs a positive bound")
        return Int(next() % UInt64(upperBound))
    }
}
