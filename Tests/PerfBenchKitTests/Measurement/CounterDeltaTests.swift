import PerfBenchKit
import XCTest

final class CounterDeltaTests: XCTestCase {
    func testParse_groupRecord_readsTimesAndValuesInOrder() throws {
        let words: [UInt64] = [3, 1_000, 800, 11, 22, 33]

        let reading = try words.withUnsafeBufferPointer { buffer throws(CounterError) in
            try CounterGroup.Reading(parsing: buffer, byteCount: 48, expectedEvents: 3)
        }

        XCTAssertEqual(reading.values, [11, 22, 33])
        XCTAssertEqual(reading.timeEnabledNanoseconds, 1_000)
        XCTAssertEqual(reading.timeRunningNanoseconds, 800)
    }

    func testParse_wrongEventCount_throwsMalformedRead() {
        let words: [UInt64] = [2, 1_000, 1_000, 5, 6, 0]

        XCTAssertThrowsError(
            try words.withUnsafeBufferPointer { buffer throws(CounterError) in
                try CounterGroup.Reading(parsing: buffer, byteCount: 40, expectedEvents: 3)
            }
        ) { error in
            XCTAssertEqual(error as? CounterError, .malformedRead(expectedEvents: 3, foundEvents: 2, bytes: 40))
            XCTAssertEqual("\(error)", "counter group read malformed: 2 events in 40 bytes, expected 3")
        }
    }

    func testParse_shortRecord_throwsMalformedRead() {
        let words: [UInt64] = [3, 1_000, 1_000, 5, 6, 7]

        XCTAssertThrowsError(
            try words.withUnsafeBufferPointer { buffer throws(CounterError) in
                try CounterGroup.Reading(parsing: buffer, byteCount: 16, expectedEvents: 3)
            }
        ) { error in
            XCTAssertEqual(error as? CounterError, .malformedRead(expectedEvents: 3, foundEvents: 0, bytes: 16))
        }
    }

    func testDelta_ofMultiplexedReadings_scalesByEnabledOverRunning() throws {
        let earlier = CounterGroup.Reading(
            values: [100, 1_000], timeEnabledNanoseconds: 2_000, timeRunningNanoseconds: 1_000)
        let later = CounterGroup.Reading(
            values: [400, 2_000], timeEnabledNanoseconds: 6_000, timeRunningNanoseconds: 2_000)

        let delta = later.delta(since: earlier)

        XCTAssertEqual(delta.values, [300, 1_000])
        XCTAssertEqual(delta.timeEnabledNanoseconds, 4_000)
        XCTAssertEqual(delta.timeRunningNanoseconds, 1_000)
        XCTAssertTrue(delta.isMultiplexed)
        XCTAssertEqual(delta.runningFraction, 0.25)
        XCTAssertEqual(delta.scaled(), [1_200, 4_000])
        XCTAssertEqual(delta.timeEnabled, .nanoseconds(4_000))
    }

    func testScaled_notMultiplexed_returnsRawValues() {
        let delta = CounterDelta(values: [7, 9], timeEnabledNanoseconds: 500, timeRunningNanoseconds: 500)

        XCTAssertFalse(delta.isMultiplexed)
        XCTAssertEqual(delta.scaled(), [7, 9])
    }

    func testScaled_neverRan_isNil() {
        let delta = CounterDelta(values: [0], timeEnabledNanoseconds: 500, timeRunningNanoseconds: 0)

        XCTAssertTrue(delta.isMultiplexed)
        XCTAssertNil(delta.scaled())
    }
}
