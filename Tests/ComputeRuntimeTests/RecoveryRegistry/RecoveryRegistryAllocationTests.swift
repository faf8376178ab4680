import ComputeRuntime
import PerfBenchKit
import XCTest

final class RecoveryRegistryAllocationTests: XCTestCase {
    func testTryRunAll_withNothingRecovered_reusesItsBuffersAfterWarmUp() throws {
        let counter = try AllocationCounter.make()
        let registry = ComputeRuntime.RecoveryRegistry()
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

        XCTAssertEqual(used.allocations, 0)
        XCTAssertEqual(recovered, 0)
        XCTAssertEqual(registry.count, 4)
    }
}
