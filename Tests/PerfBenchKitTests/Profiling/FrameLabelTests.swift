import PerfBenchKit
import XCTest

final class FrameLabelTests: XCTestCase {
    func testShort_dropsSpecializationAndReturnType() {
        let rows: [(String, String)] = [
            (
                "generic specialization <(key: Swift.UInt64, node: X)> of Swift.MutableCollection._insertionSort"
                    + "(within: Swift.Range<A.Index>, sortedEnd: A.Index, by: (A, A) throws -> Swift.Bool) throws -> ()",
                "Swift.MutableCollection._insertionSort(within: Swift.Range<A.Index>, sortedEnd: A.Index, by: (A, A) "
                    + "throws -> Swift.Bool) throws"
            ),
            (
                "closure #1 (Swift.UnsafeMutableBufferPointer<Swift.Int>) throws(A) -> () in "
                    + "LegacyBaseline.EndpointTable.forEach() -> ()",
                "closure #1 (Swift.UnsafeMutableBufferPointer<Swift.Int>) throws(A) in LegacyBaseline.EndpointTable.forEach()"
            ),
            ("swift_retain", "swift_retain"),
            ("[harness]", "[harness]"),
        ]
        for (name, expected) in rows {
            XCTAssertEqual(FrameLabel.short(name), expected, name)
        }
    }
}
