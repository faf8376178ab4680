import ComputeRuntime
import XCTest

final class TieBreakCompareTests: XCTestCase {
    private let index = CapabilityIndex()

    func testWithoutRTTLowerNodeIDWins() {
        let context = TieBreakContext(index: index)

        XCTAssertEqual(tieBreakCompare(1, 2, context), .less)
        XCTAssertEqual(tieBreakCompare(2, 1, context), .greater)
        XCTAssertEqual(tieBreakCompare(7, 7, context), .equal)
    }

    func testLowerKnownRTTWinsOverNodeID() {
        let context = TieBreakContext(rttLookup: { [1: 500, 2: 100][$0] }, index: index)

        XCTAssertEqual(tieBreakCompare(2, 1, context), .less)
        XCTAssertEqual(tieBreakCompare(1, 2, context), .greater)
    }

    func testKnownRTTBeatsUnknown() {
        let context = TieBreakContext(rttLookup: { $0 == 9 ? 1_000_000 : nil }, index: index)

        XCTAssertEqual(tieBreakCompare(9, 1, context), .less)
        XCTAssertEqual(tieBreakCompare(1, 9, context), .greater)
    }

    func testEqualOrUnknownRTTFallsThroughToNodeID() {
        let equal = TieBreakContext(rttLookup: { _ in 42 }, index: index)
        let unknown = TieBreakContext(rttLookup: { _ in nil }, index: index)

        XCTAssertEqual(tieBreakCompare(3, 4, equal), .less)
        XCTAssertEqual(tieBreakCompare(4, 3, unknown), .greater)
    }
}
