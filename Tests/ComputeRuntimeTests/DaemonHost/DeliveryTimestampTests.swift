import ComputeRuntime
import RuntimeTestSupport
import XCTest

final class DeliveryTimestampTests: XCTestCase {
    func testDeliver_readsTheWallClockOncePerDeliveryAndSharesIt() throws {
        let clock = CountingWallClock(start: 100)
        let daemon = ScriptedDaemon { _ throws(DaemonError) in [[1], [2], [3]] }
        let host = ComputeRuntime.DaemonHost(
            daemon: daemon, identity: DaemonIdentity(originHash: 1, entityID: NodeID(firstByte: 1)),
            config: DaemonHostConfig(), clock: .custom(clock))
        let inbound = CausalEvent(link: .genesis(originHash: 2, horizonEncoded: 0), payload: [], receivedAt: 0)

        let first = try host.deliver(inbound)
        let second = try host.deliver(inbound)

        XCTAssertEqual(first.map(\.receivedAt), [100, 100, 100])
        XCTAssertEqual(second.map(\.receivedAt), [101, 101, 101])
        XCTAssertEqual(clock.reads, 2)
    }

    func testDeliver_withoutOutputs_doesNotReadTheClock() throws {
        let clock = CountingWallClock()
        let host = ComputeRuntime.DaemonHost(
            daemon: SilentDaemon(), identity: DaemonIdentity(originHash: 1, entityID: NodeID(firstByte: 1)),
            config: DaemonHostConfig(), clock: .custom(clock))

        _ = try host.deliver(CausalEvent(link: .genesis(originHash: 2, horizonEncoded: 0), payload: [], receivedAt: 0))

        XCTAssertEqual(clock.reads, 0)
    }
}
