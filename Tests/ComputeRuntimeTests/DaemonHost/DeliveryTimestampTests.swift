import ComputeRuntime
import RuntimeTestSupport
import XCTest

final class DeliveryTimestampTests: XCTestCase {
    private let probe = DeliveryTimestampProbe<ComputeRuntime.DaemonHost>()

    /// #162: one clock read per delivery, shared by all of its outputs.
    func testDeliver_readsTheWallClockOncePerDeliveryAndSharesIt() throws {
        let reading = try probe.deliver(times: 2, outputsPerEvent: 3)

        XCTAssertEqual(reading.stamps, [[100, 100, 100], [101, 101, 101]])
        XCTAssertEqual(reading.clockReads, 2)
    }

    func testDeliver_withoutOutputs_doesNotReadTheClock() throws {
        let reading = try probe.deliver(times: 1, outputsPerEvent: 0)

        XCTAssertEqual(reading.stamps, [[]])
        XCTAssertEqual(reading.clockReads, 0)
    }
}
