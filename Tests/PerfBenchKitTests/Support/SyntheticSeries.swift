import Foundation
import PerfBenchKit

/// Seeded synthetic history series for the change-point tests: levels plus Gaussian noise.
struct SyntheticSeries {
    private var generator: SplitMix64

    init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
    }

    /// A standard normal draw (Box–Muller on two uniform draws in 0<..1).
    mutating func gaussian() -> Double {
        let u1 = (Double(generator.next() >> 11) + 1) * 0x1p-53
        let u2 = Double(generator.next() >> 11) * 0x1p-53
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// `levels` with multiplicative noise of relative standard deviation `noise` (0.03 = 3 %).
    mutating func values(levels: [Double], noise: Double) -> [Double] {
        levels.map { $0 * (1 + noise * gaussian()) }
    }

    /// `count` points at `level`, then `count2` at `level2`, ... as one array.
    static func levels(_ runs: [(count: Int, level: Double)]) -> [Double] {
        runs.flatMap { Array(repeating: $0.level, count: $0.count) }
    }

    /// Points labelled `c0`, `c1`, ... like commits.
    static func points(_ values: [Double]) -> [HistoryPoint] {
        values.enumerated().map { HistoryPoint(label: "c\($0.offset)", value: $0.element) }
    }
}
