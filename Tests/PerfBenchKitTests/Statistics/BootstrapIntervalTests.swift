import PerfBenchKit
import XCTest

final class BootstrapIntervalTests: XCTestCase {
    /// 101 draws from a known distribution: 10 + uniform noise in [-1, 1); the true median is 10.
    private func knownSample(seed: UInt64) -> [Double] {
        var generator = SplitMix64(seed: seed)
        return (0..<101).map { _ in 10 + (Double(generator.next() >> 11) / Double(1 << 53)) * 2 - 1 }
    }

    func testIntervalContainsTrueMedianOfKnownDistribution() {
        let interval = BootstrapInterval.ofMedian(knownSample(seed: 42), seed: 7)

        XCTAssertLessThanOrEqual(interval.low, 10)
        XCTAssertGreaterThanOrEqual(interval.high, 10)
        XCTAssertLessThan(interval.high - interval.low, 1, "101 samples pin the median far tighter than the range")
    }

    func testIntervalBracketsTheSampleMedian() {
        let sample = knownSample(seed: 3)

        let interval = BootstrapInterval.ofMedian(sample, seed: 11)

        XCTAssertEqual(interval.median, Quantiles(sample).median)
        XCTAssertLessThanOrEqual(interval.low, interval.median)
        XCTAssertGreaterThanOrEqual(interval.high, interval.median)
        XCTAssertEqual(interval.sampleCount, 101)
        XCTAssertEqual(interval.confidence, 0.95)
    }

    func testSameSeedGivesIdenticalInterval() {
        let sample = knownSample(seed: 42)

        let first = BootstrapInterval.ofMedian(sample, seed: 99)
        let second = BootstrapInterval.ofMedian(sample, seed: 99)

        XCTAssertEqual(first, second)
    }

    func testConstantSampleGivesDegenerateInterval() {
        let interval = BootstrapInterval.ofMedian(Array(repeating: 2.5, count: 9), seed: 1)

        XCTAssertEqual(interval.low, 2.5)
        XCTAssertEqual(interval.high, 2.5)
    }

    func testPairedRatioDividesLegacyByFixedPerRound() {
        let ratio = PairedRatio(legacyNanosecondsPerEvent: [100, 90, 120], fixedNanosecondsPerEvent: [10, 10, 20])

        XCTAssertEqual(ratio.ratios, [10, 9, 6])
        XCTAssertEqual(ratio.summary(seed: 5).median, 9)
    }
}
