import PerfBenchKit
import XCTest

/// How often the standard detector finds a step in series that have none: the false-positive rates
/// `History.md` reports, 200 seeded series per row. Deterministic: the noise and the shuffles are
/// both seeded, so the printed counts are the documented ones.
final class EDivisiveNoiseTests: XCTestCase {
    private let seriesCount = 200
    /// At p ≤ 0.05 about 10 of 200 are expected; 16 is two binomial standard deviations above.
    private let ceiling = 16

    private func falsePositives(length: Int, heavyTailed: Bool) throws -> Int {
        var flagged = 0
        for seed in 0..<UInt64(seriesCount) {
            var series = SyntheticSeries(seed: 5_000 + seed)
            var values = series.values(levels: Array(repeating: 100, count: length), noise: 0.05)
            if heavyTailed {
                // About one point in eighteen 50 % slow, like a neighbour's build taking the core.
                values = values.map { $0 * (series.gaussian() > 1.6 ? 1.5 : 1) }
            }
            if try !EDivisive.standard.changePoints(in: SyntheticSeries.points(values)).isEmpty { flagged += 1 }
        }
        return flagged
    }

    func testGaussianNoise_falsePositiveRateStaysNearTheSignificance() throws {
        for length in [10, 20, 30] {
            let flagged = try falsePositives(length: length, heavyTailed: false)

            print("false positives, \(length) points of 5 % Gaussian noise: \(flagged) of \(seriesCount)")
            XCTAssertLessThanOrEqual(flagged, ceiling, "\(length) points")
        }
    }

    func testNoiseWithOutliers_falsePositiveRateStaysNearTheSignificance() throws {
        for length in [10, 20, 30] {
            let flagged = try falsePositives(length: length, heavyTailed: true)

            print("false positives, \(length) points of 5 % noise with 50 % outliers: \(flagged) of \(seriesCount)")
            XCTAssertLessThanOrEqual(flagged, ceiling, "\(length) points")
        }
    }
}
