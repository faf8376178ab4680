import PerfBenchKit
import XCTest

final class QuantilesTests: XCTestCase {
    func testMedianOfOddSampleIsMiddleValue() {
        XCTAssertEqual(Quantiles([5, 1, 3]).median, 3)
    }

    func testMedianOfEvenSampleIsMeanOfMiddlePair() {
        XCTAssertEqual(Quantiles([4, 1, 3, 2]).median, 2.5)
    }

    func testQuartilesInterpolateBetweenRanks() {
        let quantiles = Quantiles([10, 20, 30, 40, 50])

        XCTAssertEqual(quantiles.p25, 20)
        XCTAssertEqual(quantiles.p75, 40)
        XCTAssertEqual(quantiles.value(at: 0.1), 14, accuracy: 1e-12)
        XCTAssertEqual(quantiles.min, 10)
        XCTAssertEqual(quantiles.max, 50)
    }

    func testSingleValueIsEveryQuantile() {
        let quantiles = Quantiles([7])

        XCTAssertEqual(quantiles.value(at: 0), 7)
        XCTAssertEqual(quantiles.median, 7)
        XCTAssertEqual(quantiles.value(at: 1), 7)
    }
}
