import ComputeRuntime
import Foundation

/// The generator the load-balancer scripts were written against; the same SplitMix64.
public typealias ScriptRandom = SplitMix64

extension SplitMix64 {
    /// `PERFBENCH_SEED` (decimal or 0x-hex) when set, to replay a failing generated script.
    public static var replaySeed: UInt64? {
        guard let text = ProcessInfo.processInfo.environment["PERFBENCH_SEED"] else { return nil }
        if let parsed = text.hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text) {
            return parsed
        }
        preconditionFailure("PERFBENCH_SEED is not a UInt64: \(text)")
    }

    /// The seed to generate from: `replaySeed` when set, else a fresh random one.
    ///
    /// Tests print it on failure so a run can be replayed with `PERFBENCH_SEED=<seed>`.
    public static func seedFromEnvironment() -> UInt64 {
        if let replaySeed { return replaySeed }
        var system = SystemRandomNumberGenerator()
        return system.next()
    }

    /// A uniform index in `0..<bound`.
    public mutating func below(_ bound: Int) -> Int { nextIndex(below: bound) }

    /// True with probability `percent`/100.
    public mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    /// A uniformly chosen element of `options`.
    public mutating func pick<T>(_ options: [T]) -> T { options[below(options.count)] }
}
