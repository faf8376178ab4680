/// Steele, Lea and Flood's SplitMix64 as a value-type generator: the same seed always yields the
/// same sequence.
///
/// Its step is `RandomSource`'s (`splitMixIncrement`, then `splitMixOutput`), the one the
/// balancers' seeded generators take, so it lives beside it. The harness draws its reproducible
/// randomness from it (bootstrap resampling, pre-generated event streams) and the tests their
/// generated scripts.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The generator's full state; advancing it by the golden-ratio increment is the whole step.
    @usableFromInline var state: UInt64

    /// A generator starting at `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 pseudo-random bits. Inlinable because the harness draws from it across the
    /// module boundary, once per resampled index in its bootstrap.
    @inlinable
    public mutating func next() -> UInt64 {
        state &+= RandomSource.splitMixIncrement
        return RandomSource.splitMixOutput(state)
    }

    /// A uniform index in `0..<upperBound` (slight modulo bias is irrelevant for resampling and scripts).
    ///
    /// - Precondition: `upperBound > 0`.
    @inlinable
    public mutating func nextIndex(below upperBound: Int) -> Int {
        precondition(upperBound > 0, "nextIndex(below:) needs a positive bound")
        return Int(next() % UInt64(upperBound))
    }
}
