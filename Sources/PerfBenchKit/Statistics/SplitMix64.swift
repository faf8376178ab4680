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
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform index in `0..<upperBound` (slight modulo bias is irrelevant for resampling).
    ///
    /// - Precondition: `upperBound > 0`.
    public mutating func nextIndex(below upperBound: Int) -> Int {
        precondition(upperBound > 0, "nextIndex(below:) needs a positive bound")
        return Int(next() % UInt64(upperBound))
    }
}
