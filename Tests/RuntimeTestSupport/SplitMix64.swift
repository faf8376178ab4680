import Foundation

/// A tiny seeded generator (SplitMix64) for reproducible generated scripts.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64

    /// A generator starting from `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The seed to generate from: `PERFBENCH_SEED` (decimal or 0x-hex) when set, else a fresh random one.
    ///
    /// Tests print it on failure so a run can be replayed with `PERFBENCH_SEED=<seed>`.
    public static func seedFromEnvironment() -> UInt64 {
        if let text = ProcessInfo.processInfo.environment["PERFBENCH_SEED"] {
            let parsed = text.hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text)
            if let parsed { return parsed }
            preconditionFailure("PERFBENCH_SEED is not a UInt64: \(text)")
        }
        var system = SystemRandomNumberGenerator()
        return system.next()
    }
}
