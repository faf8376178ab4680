import ComputeRuntime
import LegacyBaseline
import RuntimeTestSupport
import XCTest

/// #153 legacy cost, counted: the horizon is encoded on every successful delivery, outputs or not.
final class LegacyHorizonEncodeCountTests: XCTestCase {
    private let identity = DaemonIdentity(originHash: 0x5150, entityID: NodeID(firstByte: 0x51))

    private func inbound(origin: UInt64, sequence: UInt64) -> CausalEvent {
        CausalEvent(
            link: CausalLink(originHash: origin, horizonEncoded: 0, sequence: sequence, parentHash: 0),
            payload: [1], receivedAt: 0)
    }

    func testDeliverEncodesTheHorizonOncePerDelivery_evenWhenTheDaemonReturnsNoOutputs() throws {
        let host = LegacyBaseline.DaemonHost(daemon: ScriptedDaemon.sink(), identity: identity)

        for (origin, sequence) in [(0xAAAA, 1), (0xBBBB, 1), (0xAAAA, 2), (0xBBBB, 2)] as [(UInt64, UInt64)] {
            XCTAssertEqual(try host.deliver(inbound(origin: origin, sequence: sequence)), [])
        }

        XCTAssertEqual(host.horizonEncodeCount, 4)
    }

    func testDeliverWithOutputs_encodesOncePerDelivery_evenForAnUnchangedKeySet() throws {
        let daemon = ScriptedDaemon { event throws(DaemonError) in [event.payload, event.payload] }
        let host = LegacyBaseline.DaemonHost(daemon: daemon, identity: identity)

        _ = try host.deliver(inbound(origin: 0xAAAA, sequence: 1))
        _ = try host.deliver(inbound(origin: 0xAAAA, sequence: 2))

        XCTAssertEqual(host.horizonEncodeCount, 2, "one encode per delivery, shared by its two outputs")
    }
}
