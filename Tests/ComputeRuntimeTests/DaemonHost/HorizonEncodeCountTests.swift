import ComputeRuntime
import RuntimeTestSupport
import XCTest

/// #153 on the fixed host, counted: the horizon is encoded only when an output needs it and the
/// key set changed since the last encode.
final class HorizonEncodeCountTests: XCTestCase {
    private let identity = DaemonIdentity(originHash: 0x5150, entityID: NodeID(firstByte: 0x51))

    private func inbound(origin: UInt64, sequence: UInt64) -> CausalEvent {
        CausalEvent(
            link: CausalLink(originHash: origin, horizonEncoded: 0, sequence: sequence, parentHash: 0),
            payload: [1], receivedAt: 0)
    }

    func testDeliverSkipsHorizonEncodeWhenDaemonReturnsNoOutputs() throws {
        let host = DaemonHost(daemon: ScriptedDaemon.sink(), identity: identity)

        // Two new origins and two repeats: the key set changes, still nothing to attach a horizon to.
        for (origin, sequence) in [(0xAAAA, 1), (0xBBBB, 1), (0xAAAA, 2), (0xBBBB, 2)] as [(UInt64, UInt64)] {
            XCTAssertEqual(try host.deliver(inbound(origin: origin, sequence: sequence)), [])
        }

        XCTAssertEqual(host.horizonEncodeCount, 0)
        XCTAssertEqual(host.stats.eventsProcessed, 4)
        XCTAssertEqual(host.horizon.entityCount, 2)
    }

    func testDeliverWithOutputs_encodesOnlyWhenANewOriginJoinedTheKeySet() throws {
        let echo = ScriptedDaemon { event throws(DaemonError) in [event.payload] }
        let host = DaemonHost(daemon: echo, identity: identity)

        _ = try host.deliver(inbound(origin: 0xAAAA, sequence: 1))
        XCTAssertEqual(host.horizonEncodeCount, 1, "first output: the encode runs")
        _ = try host.deliver(inbound(origin: 0xAAAA, sequence: 2))
        XCTAssertEqual(host.horizonEncodeCount, 1, "same key set: the cached encoding is reused")
        let outputs = try host.deliver(inbound(origin: 0xBBBB, sequence: 1))
        XCTAssertEqual(host.horizonEncodeCount, 2, "a new origin: encoded again")
        XCTAssertEqual(outputs.first?.link.horizonEncoded, host.horizon.encode())
    }
}
