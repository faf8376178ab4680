import ComputeRuntime
import LegacyBaseline
import PerfBenchKit
import XCTest

final class LegacyRecoveryRegistryAllocationTests: XCTestCase {
    func testTryRunAll_allocatesASurvivorsListEveryTick() throws {
        let counter = try AllocationCounter.make()
        let registry = LegacyBaseline.RecoveryRegistry()
        for _ in 0..<4 {
            registry.register { [] }
        }
        _ = registry.tryRunAll()
        _ = registry.tryRunAll()

        let before = counter.snapshot()
        var recovered = 0
        for _ in 0..<100 {
            recovered += registry.tryRunAll().count
        }
        let used = counter.snapshot().delta(since: before)

        XCTAssertEqual(used.allocations, 100)
        XCTAssertEqual(recovered, 0)
    }
}
