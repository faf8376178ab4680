import ComputeRuntime
import RuntimeTestSupport
import XCTest

final class CausalLinkTests: XCTestCase {
    func testGenesisToBytes_matchesAppendixA() {
        let link = CausalLink.genesis(originHash: 0xDEAD_BEEF, horizonEncoded: 42)

        XCTAssertEqual(link.toBytes(), CausalChainVectors.genesisBytes)
        XCTAssertEqual(link.toBytes().count, CausalLink.byteCount)
    }

    func testToBytes_writesFourLittleEndianFieldsInOrder() {
        let link = CausalLink(
            originHash: 0x0102_0304_0506_0708, horizonEncoded: 0x1112_1314_1516_1718, sequence: 0x2122_2324_2526_2728,
            parentHash: 0x3132_3334_3536_3738)

        let bytes = link.toBytes()

        XCTAssertEqual(Array(bytes[0..<8]), [0x08, 0x07, 0x06, 0x05, 0x04, 0x03, 0x02, 0x01])
        XCTAssertEqual(Array(bytes[8..<16]), [0x18, 0x17, 0x16, 0x15, 0x14, 0x13, 0x12, 0x11])
        XCTAssertEqual(Array(bytes[16..<24]), [0x28, 0x27, 0x26, 0x25, 0x24, 0x23, 0x22, 0x21])
        XCTAssertEqual(Array(bytes[24..<32]), [0x38, 0x37, 0x36, 0x35, 0x34, 0x33, 0x32, 0x31])
    }

    func testFromBytes_roundTripsAndReadsOnlyTheFirst32Bytes() {
        let link = CausalLink(
            originHash: 0xDEAD_BEEF, horizonEncoded: 0xCAFE, sequence: 42, parentHash: 0x1234_5678_90AB_CDEF)

        XCTAssertEqual(CausalLink.fromBytes(link.toBytes()), link)
        XCTAssertEqual(CausalLink.fromBytes(link.toBytes() + [0xFF, 0xFF]), link)
    }

    func testFromBytes_shorterThan32Bytes_isNil() {
        XCTAssertNil(CausalLink.fromBytes([UInt8](repeating: 0, count: 31)))
        XCTAssertNil(CausalLink.fromBytes([UInt8]()))
    }

    func testIsGenesis_onlyForSequenceZeroWithoutParent() {
        XCTAssertTrue(CausalLink.genesis(originHash: 0xABCD, horizonEncoded: 7).isGenesis)
        XCTAssertFalse(CausalLink(originHash: 0xABCD, horizonEncoded: 0, sequence: 1, parentHash: 0).isGenesis)
        XCTAssertFalse(CausalLink.forkGenesis(originHash: 0xABCD, parentOrigin: 0x99, forkSequence: 3).isGenesis)
    }

    func testForkGenesis_parentIsXXH3OfParentOriginForkSequenceAndFork() {
        let expected = XXH3.hash64(
            [0x99, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0] + Array("fork".utf8))

        let link = CausalLink.forkGenesis(originHash: 0xABCD, parentOrigin: 0x99, forkSequence: 3)

        XCTAssertEqual(link, CausalLink(originHash: 0xABCD, horizonEncoded: 0, sequence: 0, parentHash: expected))
    }

    func testSuccessor_atMaximumSequence_isNil() {
        let link = CausalLink(originHash: 1, horizonEncoded: 0, sequence: .max, parentHash: 0)

        XCTAssertNil(link.successor(parentHash: 1, horizonEncoded: 0))
    }
}
