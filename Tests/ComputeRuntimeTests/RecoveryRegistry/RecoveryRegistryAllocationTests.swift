import ComputeRuntime
import PerfBenchKit
import RuntimeTestSupport
import XCTest

/// `tryRunAll` heap traffic on `ComputeRuntime.RecoveryRegistry`.
final class RecoveryRegistryAllocationTests: XCTestCase {
    private let suite = RecoveryRegistryAllocationSuite<ComputeRuntime.RecoveryRegistry>()

    /// #159: the fixed registry reuses its buffers, so quiet ticks allocate nothing.
    func testTryRunAll_withNothingRecovered_reusesItsBuffersAfterWarmUp() throws {
        try suite.tryRunAll100TicksWithNothingRecovered(expectedAllocations: 0)
    }
}
