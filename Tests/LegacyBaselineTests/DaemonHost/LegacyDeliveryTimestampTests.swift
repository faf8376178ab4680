import ComputeRuntime
import LegacyBaseline
import RuntimeTestSupport
import XCTest

final class LegacyDeliveryTimestampTests: XCTestCase {
    func testDeliver_readsTheWallClockOncePerOutputEvent() throws {
        let clock = CountingWallClock(start: 100)
        let daemon = ScriptedDaemon { _ throws(DaemonError) in [[1], [2], [3]] }
        let host = LegacyBaseline.DaemonHost(
            daemon: daemon, identity: DaemonIdentity(originHash: 1, entityID: NodeID(firstByte: 1)),
            config: DaemonHostConfig(), clock: .custom(clock))
        let inbound = CausalEvent(link: .genesis(originHash: 2, horizonEncoded: 0), payload: [], receivedAt: 0)

        let outputs = try host.deliver(inbound)

        XCTAssertEqual(outputs.map(\.receivedAt), [100, 101, 102])
        XCTAssertEqual(clock.reads, 3)
    }
}
