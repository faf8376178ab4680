import ComputeRuntime
import LegacyBaseline
import PerfBenchKit
import RuntimeTestSupport
import XCTest

/// `computeParentHash` heap traffic on `LegacyBaseline.CausalChain`.
final class LegacyParentHashAllocationTests: XCTestCase {
    /// #154 legacy cost: one `32 + payload` concatenation buffer per call, freed before it returns.
    func testComputeParentHash_allocatesOneConcatenationBufferPerCall() throws {
        try ParentHashAllocationSuite<LegacyBaseline.CausalChain>().computeParentHash100Times { used, size in
            XCTAssertEqual(used.allocations, 100, "payload size \(size)")
            XCTAssertEqual(used.frees, 100, "payload size \(size)")
            XCTAssertGreaterThanOrEqual(used.bytesAllocated, UInt64(100 * (32 + size)), "payload size \(size)")
        }
    }
}
