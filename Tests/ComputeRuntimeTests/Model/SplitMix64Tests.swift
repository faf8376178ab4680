import ComputeRuntime
import XCTest

final class SplitMix64Tests: XCTestCase {
    func testFirstOutputsMatchReferenceForSeedZero() {
        var generator = SplitMix64(seed: 0)

        XCTAssertEqual(generator.next(), 0xE220_A839_7B1D_CDAF)
        XCTAssertEqual(generator.next(), 0x6E78_9E6A_A1B9_65F4)
    }

    func testSameSeedReplaysSequence() {
        var first = SplitMix64(seed: 1234)
        var second = SplitMix64(seed: 1234)

        XCTAssertEqual((0..<16).map { _ in first.next() }, (0..<16).map { _ in second.next() })
    }

    func testNextIndexStaysBelowBound() {
        var generator = SplitMix64(seed: 9)

        XCTAssertTrue((0..<1_000).allSatisfy { _ in (0..<7).contains(generator.nextIndex(below: 7)) })
    }
}
