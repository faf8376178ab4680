import ComputeRuntime
import LegacyBaseline
import PerfBenchKit
import RuntimeTestSupport
import XCTest

/// `tryRunAll` heap traffic on `LegacyBaseline.RecoveryRegistry`.
final class LegacyRecoveryRegistryAllocationTests: XCTestCase {
    private let suite = RecoveryRegistryAllocationSuite<LegacyBaseline.RecoveryRegistry>()

    /// #159 legacy cost: one fresh survivors list per tick, so 100 quiet ticks allocate 100 times.
    func testTryRunAll_allocatesASurvivorsListEveryTick() throws {
        try suite.tryRunAll100TicksWithNothingRecovered(expectedAllocations: 100)
    }
}
