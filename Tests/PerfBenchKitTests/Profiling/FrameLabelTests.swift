import PerfBenchKit
import XCTest

final class FrameLabelTests: XCTestCase {
    func testShort_keepsContextAndSelectorOnly() {
        let rows: [(String, String)] = [
            (
                "generic specialization <(key: Swift.UInt64, node: X)> of Swift.MutableCollection._insertionSort"
                    + "(within: Swift.Range<A.Index>, sortedEnd: A.Index, by: (A, A) throws -> Swift.Bool) "
                    + "throws -> ()",
                "Swift.MutableCollection._insertionSort(within:sortedEnd:by:)"
            ),
            (
                "closure #1 (Swift.UnsafeMutableBufferPointer<Swift.Int>) throws(A) -> () in "
                    + "LegacyBaseline.EndpointTable.forEach() -> ()",
                "closure #1 in LegacyBaseline.EndpointTable.forEach()"
            ),
            (
                "(extension in Swift):Swift.Collection.map<A, B where B1: Swift.Error>((A.Element) throws(B1) -> A1) "
                    + "throws(B1) -> [A1]",
                "Swift.Collection.map(_:)"
            ),
            ("Swift.Array.subscript.getter : (Swift.Int) -> A", "Swift.Array.subscript.getter"),
            ("static ComputeRuntime.FNV1a.hash(Swift.String) -> Swift.UInt64", "static ComputeRuntime.FNV1a.hash(_:)"),
            (
                "protocol witness for Swift.Collection.subscript.read : (A.Index) -> A.Element in conformance "
                    + "Swift.UnsafeMutableBufferPointer<A> : Swift.Collection in Swift",
                "protocol witness for Swift.Collection.subscript.read in conformance Swift.UnsafeMutableBufferPointer "
                    + "in Swift"
            ),
            (
                "bool swift::RefCounts<swift::RefCountBitsT<(swift::RefCountInlinedness)1> >::doDecrementSlow"
                    + "<(swift::PerformDeinit)1>(swift::RefCountBitsT<(swift::RefCountInlinedness)1>, unsigned int)",
                "bool swift::RefCounts::doDecrementSlow()"
            ),
            (
                "function signature specialization <Arg[3] = [Closure Propagated : $s14LegacyBaseline18Consistent"
                    + "HashRingC13sortedEntriesyFSbAfG_AjKt_AfG_AjKttXEfU0_, Argument Types : []> of generic "
                    + "specialization <(key: Swift.UInt64, node: ComputeRuntime.NodeID)> of closure #1 (inout "
                    + "Swift.UnsafeMutableBufferPointer<A>, inout Swift.Int) throws -> () in "
                    + "Swift.UnsafeMutableBufferPointer._stableSortImpl(by: (A, A) throws -> Swift.Bool) throws -> ()",
                "closure #1 in Swift.UnsafeMutableBufferPointer._stableSortImpl(by:)"
            ),
            ("swift_retain", "swift_retain"),
            ("[harness]", "[harness]"),
            ("[perfbench .plt]", "[perfbench .plt]"),
        ]
        for (name, expected) in rows {
            XCTAssertEqual(FrameLabel.short(name), expected, name)
        }
    }
}
