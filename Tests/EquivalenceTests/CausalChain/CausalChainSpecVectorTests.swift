import ComputeRuntime
import LegacyBaseline
import RuntimeTestSupport
import XCTest

/// Appendix A's chain vectors on both runtimes.
final class CausalChainSpecVectorTests: XCTestCase {
    private let genesis = CausalLink.genesis(originHash: 0xDEAD_BEEF, horizonEncoded: 42)

    func testParentHashes_onBothRuntimes() {
        for row in CausalChainVectors.parentHashes {
            let payload = CausalChainVectors.payload(size: row.size)

            XCTAssertEqual(
                ComputeRuntime.CausalChain.computeParentHash(genesis, payload), row.digest, "fixed \(row.size)")
            XCTAssertEqual(
                LegacyBaseline.CausalChain.computeParentHash(genesis, payload), row.digest, "legacy \(row.size)")
        }
        XCTAssertEqual(
            ComputeRuntime.CausalChain.computeParentHash(genesis, Array("hello".utf8)),
            CausalChainVectors.helloParentHash)
        XCTAssertEqual(
            LegacyBaseline.CausalChain.computeParentHash(genesis, Array("hello".utf8)),
            CausalChainVectors.helloParentHash)
    }

    func testChainBuilder_onBothRuntimes() {
        var fixed = ComputeRuntime.CausalChainBuilder(originHash: CausalChainVectors.builderOrigin)
        var legacy = LegacyBaseline.CausalChainBuilder(originHash: CausalChainVectors.builderOrigin)

        for step in CausalChainVectors.builderSteps {
            let payload = Array(step.payload.utf8)
            let fixedLink = fixed.append(payload, horizonEncoded: step.horizon)?.link
            let legacyLink = legacy.append(payload, horizonEncoded: step.horizon)?.link

            XCTAssertEqual(fixedLink?.parentHash, step.parentHash, "fixed \(step.payload.debugDescription)")
            XCTAssertEqual(legacyLink?.parentHash, step.parentHash, "legacy \(step.payload.debugDescription)")
            XCTAssertEqual(fixedLink?.sequence, step.sequence)
            XCTAssertEqual(legacyLink?.sequence, step.sequence)
        }
    }

    func testHorizonEncodingCarriedByOutputs_onBothRuntimes() throws {
        let identity = DaemonIdentity(originHash: 1, entityID: NodeID(firstByte: 1))
        let fixed = ComputeRuntime.DaemonHost(
            daemon: ScriptedDaemon { _ throws(DaemonError) in [[1]] }, identity: identity)
        let legacy = LegacyBaseline.DaemonHost(
            daemon: ScriptedDaemon { _ throws(DaemonError) in [[1]] }, identity: identity)
        let fromAAAA = CausalEvent(link: .genesis(originHash: 0xAAAA, horizonEncoded: 0), payload: [], receivedAt: 0)
        let fromBBBB = CausalEvent(link: .genesis(originHash: 0xBBBB, horizonEncoded: 0), payload: [], receivedAt: 0)

        _ = try fixed.deliver(fromAAAA)
        _ = try legacy.deliver(fromAAAA)
        let fixedOutput = try fixed.deliver(fromBBBB)
        let legacyOutput = try legacy.deliver(fromBBBB)

        XCTAssertEqual(fixedOutput.first?.link.horizonEncoded, CausalChainVectors.encodedAAAAandBBBB)
        XCTAssertEqual(legacyOutput.first?.link.horizonEncoded, CausalChainVectors.encodedAAAAandBBBB)
    }
}
