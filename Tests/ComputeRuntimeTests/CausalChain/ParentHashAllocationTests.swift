import ComputeRuntime
import PerfBenchKit
import RuntimeTestSupport
import XCTest

/// `computeParentHash` heap traffic on `ComputeRuntime.CausalChain`.
final class ParentHashAllocationTests: XCTestCase {
    /// #154: the streaming hash allocates nothing after warm-up.
    func testComputeParentHash_allocatesNothingAfterWarmUp() throws {
        try ParentHashAllocationSuite<ComputeRuntime.CausalChain>().computeParentHash100Times { used, size in
            XCTAssertEqual(used.allocations, 0, "payload size \(size)")
        }
    }
}
