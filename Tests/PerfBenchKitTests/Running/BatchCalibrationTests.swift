import PerfBenchKit
import XCTest

final class BatchCalibrationTests: XCTestCase {
    /// 100 ns per event, 2 ms target: 20 000 events per batch.
    func testSteadyCostScalesToTheTarget() {
        var sizes: [Int] = []
        let result = BatchCalibration.calibrate(targetNanoseconds: 2_000_000, maxEvents: 1 << 30) {
            (events: Int) -> UInt64 in
            sizes.append(events)
            return UInt64(events) * 100
        }

        XCTAssertEqual(result.events, 20_000)
        XCTAssertEqual(result.expectedNanoseconds, 2_000_000, accuracy: 1)
        XCTAssertEqual(sizes, [1, 4, 16, 64, 256, 1024, 4096, 4096, 4096], "grown ×4, then confirmed twice")
    }

    /// The gate's false regression: a single-event first sample preempted for 1.5 ms must not size
    /// the batch at one event.
    func testOneDisturbedFirstSampleDoesNotDecideTheSize() {
        var calls = 0
        let result = BatchCalibration.calibrate(targetNanoseconds: 2_000_000, maxEvents: 1 << 30) {
            (events: Int) -> UInt64 in
            calls += 1
            return calls == 1 ? 1_500_000 : UInt64(events) * 100
        }

        XCTAssertEqual(result.events, 20_000)
    }

    func testTheLeastOfThreeSamplesDecides() {
        var calls = 0
        let costs: [UInt64] = [400_000, 300_000, 900_000]
        let result = BatchCalibration.calibrate(targetNanoseconds: 2_000_000, maxEvents: 1 << 30) {
            (_: Int) -> UInt64 in
            defer { calls += 1 }
            return costs[calls]
        }

        XCTAssertEqual(calls, 3)
        XCTAssertEqual(result.events, 6, "2 ms over 300 µs per event")
    }

    func testTheCaseCapBoundsTheBatch() {
        let result = BatchCalibration.calibrate(targetNanoseconds: 2_000_000, maxEvents: 50) {
            (events: Int) -> UInt64 in UInt64(events) * 10
        }

        XCTAssertEqual(result.events, 50)
        XCTAssertEqual(result.expectedNanoseconds, 500, accuracy: 0.001)
    }

    func testAMeasureErrorPropagates() {
        struct Broken: Error {}
        XCTAssertThrowsError(
            try BatchCalibration.calibrate(targetNanoseconds: 2_000_000, maxEvents: 100) {
                (_: Int) throws(Broken) -> UInt64 in throw Broken()
            })
    }
}
