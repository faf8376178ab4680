import ComputeRuntime
import XCTest

/// Parent-hash and `nextLink` pins (spec §4.3, Appendix A), generic over the implementation so the
/// legacy and fixed test targets run the very same assertions.
public struct ParentHashSuite<Chain: CausalChainHashing> {
    public init() {}

    private let genesis = CausalLink.genesis(
        originHash: CausalChainVectors.genesisLink.originHash,
        horizonEncoded: CausalChainVectors.genesisLink.horizonEncoded)

    public func xxh3OfEmptyInputMatchesAppendixA() {
        let digest = [UInt8]().withUnsafeBytes { XXH3.hash64($0) }

        XCTAssertEqual(digest, CausalChainVectors.xxh3OfEmpty)
    }

    public func computeParentHashMatchesAppendixAForEveryPayloadSize() {
        for row in CausalChainVectors.parentHashes {
            let digest = Chain.computeParentHash(genesis, CausalChainVectors.payload(size: row.size))

            XCTAssertEqual(digest, row.digest, "payload size \(row.size)")
        }
    }

    public func computeParentHashStreamingMatchesConcatenatedOneshot() {
        for row in CausalChainVectors.parentHashes {
            let payload = CausalChainVectors.payload(size: row.size)
            let concatenated = genesis.toBytes() + payload

            let oneShot = XXH3.hash64(concatenated)

            XCTAssertEqual(Chain.computeParentHash(genesis, payload), oneShot, "payload size \(row.size)")
        }
    }

    public func computeParentHashOfHelloMatchesAppendixA() {
        XCTAssertEqual(Chain.computeParentHash(genesis, Array("hello".utf8)), CausalChainVectors.helloParentHash)
    }

    public func nextLinkHashesPreviousLinkAndPayload() {
        let payload = Array("hello".utf8)

        let next = Chain.nextLink(after: genesis, payload: payload, horizonEncoded: 9)

        XCTAssertEqual(
            next,
            CausalLink(
                originHash: 0xDEAD_BEEF, horizonEncoded: 9, sequence: 1, parentHash: CausalChainVectors.helloParentHash)
        )
    }

    public func nextLinkAtMaximumSequenceIsNil() {
        let last = CausalLink(originHash: 1, horizonEncoded: 0, sequence: .max, parentHash: 5)

        XCTAssertNil(Chain.nextLink(after: last, payload: [], horizonEncoded: 0))
    }
}
