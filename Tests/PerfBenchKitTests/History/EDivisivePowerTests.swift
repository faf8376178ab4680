import PerfBenchKit
import XCTest

/// How often the standard detector finds a real step, and where it cannot: the detection figures
/// `History.md` reports. Each row is 100 seeded 20-point series with a +10 % step in 3 % noise.
final class EDivisivePowerTests: XCTestCase {
    private let length = 20

    /// How many of 100 series with the step's last `after` points raised 10 % report it at its index.
    private func found(after: Int, noise: Double) throws -> Int {
        var hits = 0
        for seed in 0..<UInt64(100) {
            var series = SyntheticSeries(seed: 9_000 + seed)
            let levels = SyntheticSeries.levels([(length - after, 100), (after, 110)])
            let values = series.values(levels: levels, noise: noise)
            let found = try EDivisive.standard.changePoints(in: SyntheticSeries.points(values))
            if found.contains(where: { $0.index == length - after }) { hits += 1 }
        }
        return hits
    }

    func testStepInTheMiddle_isFoundAlmostAlways() throws {
        let hits = try found(after: 10, noise: 0.03)

        print("found, +10 % step after 10 of 20 points in 3 % noise: \(hits) of 100")
        XCTAssertGreaterThanOrEqual(hits, 80)
    }

    func testStepAtTheLastThreeCommits_isFoundMostOfTheTime() throws {
        let hits = try found(after: 3, noise: 0.03)

        print("found, +10 % step at the last 3 of 20 points in 3 % noise: \(hits) of 100")
        XCTAssertGreaterThanOrEqual(hits, 70)
    }

    func testStepAtTheLastTwoCommits_isFoundOftenWhenNoisy() throws {
        let hits = try found(after: 2, noise: 0.03)

        print("found, +10 % step at the last 2 of 20 points in 3 % noise: \(hits) of 100")
        XCTAssertGreaterThanOrEqual(hits, 50)
    }

    func testExactStepAtTheLastTwoCommits_isAlwaysFound() throws {
        let hits = try found(after: 2, noise: 0)

        XCTAssertEqual(hits, 100)
    }
}
