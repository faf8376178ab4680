import ComputeRuntime
import RuntimeTestSupport
import XCTest

final class ObservedHorizonTests: XCTestCase {
    func testBloomBits_matchAppendixA() {
        for row in CausalChainVectors.bloom {
            let expectedFromPositions = row.positions.reduce(UInt64(0)) { $0 | (1 << UInt64($1)) }

            XCTAssertEqual(XXH3.hash64(littleEndian: row.origin), row.xxh3, "origin \(row.origin)")
            XCTAssertEqual(ObservedHorizon.bloomBits(origin: row.origin), row.bits, "origin \(row.origin)")
            XCTAssertEqual(expectedFromPositions, row.bits, "origin \(row.origin)")
        }
    }

    func testEncode_ofAAAAandBBBB_matchesAppendixA() {
        var horizon = ObservedHorizon()
        horizon.observe(origin: 0xAAAA, sequence: 3)
        horizon.observe(origin: 0xBBBB, sequence: 9)

        XCTAssertEqual(horizon.encode(), CausalChainVectors.encodedAAAAandBBBB)
    }

    func testEncode_ofEmptyHorizon_isZero() {
        XCTAssertEqual(ObservedHorizon().encode(), 0)
    }

    func testObserve_atSequenceZero_addsTheOriginWithoutAdvancingTime() {
        var horizon = ObservedHorizon()

        horizon.observe(origin: 0xC0DE, sequence: 0)

        XCTAssertTrue(horizon.containsOrigin(0xC0DE))
        XCTAssertEqual(horizon.get(0xC0DE), 0)
        XCTAssertEqual(horizon.logicalTime, 0)
        XCTAssertEqual(horizon.entityCount, 1)
        XCTAssertEqual(horizon.encode(), ObservedHorizon.bloomBits(origin: 0xC0DE))
    }

    func testObserve_keepsTheHighestSequenceAndAdvancesTimeOnlyWhenItRises() {
        var horizon = ObservedHorizon()

        horizon.observe(origin: 1, sequence: 5)
        horizon.observe(origin: 1, sequence: 3)
        horizon.observe(origin: 1, sequence: 5)
        horizon.observe(origin: 1, sequence: 8)

        XCTAssertEqual(horizon.get(1), 8)
        XCTAssertEqual(horizon.logicalTime, 2)
        XCTAssertTrue(horizon.hasObserved(origin: 1, sequence: 8))
        XCTAssertFalse(horizon.hasObserved(origin: 1, sequence: 9))
        XCTAssertFalse(horizon.hasObserved(origin: 2, sequence: 0))
        XCTAssertNil(horizon.get(2))
    }

    func testMerge_takesPerOriginMaximumAndAdvancesPastTheLaterClock() {
        var a = ObservedHorizon()
        a.observe(origin: 1, sequence: 5)
        a.observe(origin: 2, sequence: 1)
        var b = ObservedHorizon()
        b.observe(origin: 1, sequence: 3)
        b.observe(origin: 3, sequence: 7)
        b.observe(origin: 3, sequence: 8)
        b.observe(origin: 3, sequence: 9)

        a.merge(b)

        XCTAssertEqual(a.entries, [1: 5, 2: 1, 3: 9])
        XCTAssertEqual(a.logicalTime, 5)
    }

    func testMightContain_andPotentiallyConcurrent() {
        let bitsAAAA = ObservedHorizon.bloomBits(origin: 0xAAAA)
        let bitsBBBB = ObservedHorizon.bloomBits(origin: 0xBBBB)

        XCTAssertTrue(ObservedHorizon.mightContain(CausalChainVectors.encodedAAAAandBBBB, origin: 0xAAAA))
        XCTAssertFalse(ObservedHorizon.mightContain(bitsAAAA, origin: 0xC0DE))
        XCTAssertTrue(
            ObservedHorizon.potentiallyConcurrent(
                horizonA: bitsAAAA, originB: 0xBBBB, horizonB: bitsBBBB, originA: 0xAAAA))
        XCTAssertFalse(
            ObservedHorizon.potentiallyConcurrent(
                horizonA: bitsAAAA | bitsBBBB, originB: 0xBBBB, horizonB: bitsBBBB, originA: 0xAAAA))
    }
}
