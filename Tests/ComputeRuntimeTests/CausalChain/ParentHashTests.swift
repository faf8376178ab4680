import ComputeRuntime
import RuntimeTestSupport
import XCTest

private typealias Chain = ComputeRuntime.CausalChain

final class ParentHashTests: XCTestCase {
    private let genesis = CausalLink.genesis(
        originHash: CausalChainVectors.genesisLink.originHash,
        horizonEncoded: CausalChainVectors.genesisLink.horizonEncoded)

    func testXXH3OfEmptyInput_matchesAppendixA() {
        let digest = [UInt8]().withUnsafeBytes { XXH3.hash64($0) }

        XCTAssertEqual(digest, CausalChainVectors.xxh3OfEmpty)
    }

    func testComputeParentHash_matchesAppendixAForEveryPayloadSize() {
        for row in CausalChainVectors.parentHashes {
            let digest = Chain.computeParentHash(genesis, CausalChainVectors.payload(size: row.size))

            XCTAssertEqual(digest, row.digest, "payload size \(row.size)")
        }
    }

    func testComputeParentHashStreamingMatchesConcatenatedOneshot() {
        for row in CausalChainVectors.parentHashes {
            let payload = CausalChainVectors.payload(size: row.size)
            let concatenated = genesis.toBytes() + payload

            let oneShot = XXH3.hash64(concatenated)

            XCTAssertEqual(Chain.computeParentHash(genesis, payload), oneShot, "payload size \(row.size)")
        }
    }

    func testComputeParentHashOfHello_matchesAppendixA() {
        XCTAssertEqual(Chain.computeParentHash(genesis, Array("hello".utf8)), CausalChainVectors.helloParentHash)
    }

    func testNextLink_hashesPreviousLinkAndPayload() {
        let payload = Array("hello".utf8)

        let next = Chain.nextLink(after: genesis, payload: payload, horizonEncoded: 9)

        XCTAssertEqual(
            next,
            CausalLink(
                originHash: 0xDEAD_BEEF, horizonEncoded: 9, sequence: 1, parentHash: CausalChainVectors.helloParentHash)
        )
    }

    func testNextLink_atMaximumSequence_isNil() {
        let last = CausalLink(originHash: 1, horizonEncoded: 0, sequence: .max, parentHash: 5)

        XCTAssertNil(Chain.nextLink(after: last, payload: [], horizonEncoded: 0))
    }
}
