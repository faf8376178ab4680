import ComputeRuntime
import LegacyBaseline
import RuntimeTestSupport
import XCTest

final class LegacyDeliveryTimestampTests: XCTestCase {
    private let probe = DeliveryTimestampProbe<LegacyBaseline.DaemonHost>()

    /// #162 legacy cost: one clock read per output event.
    func testDeliver_readsTheWallClockOncePerOutputEvent() throws {
        let reading = try probe.deliver(times: 1, outputsPerEvent: 3)

        XCTAssertEqual(reading.stamps, [[100, 101, 102]])
        XCTAssertEqual(reading.clockReads, 3)
    }
}
