import ComputeRuntime
import PerfBenchKit
import XCTest

/// Counts the heap allocations of `tryRunAll` ticks that recover nothing, generic over the
/// implementation; each test target states what its runtime must cost.
public struct RecoveryRegistryAllocationSuite<Registry: RecoveryRegistering> {
    public init() {}

    /// Four handlers recovering nothing, two warm-up ticks, then 100 counted ticks.
    /// - Parameter expectedAllocations: the exact allocations over the 100 ticks (0 for the fixed
    ///   registry, which reuses its buffers; 100 for the legacy one, which keeps its per-tick
    ///   survivors list as a #159 legacy cost).
    public func tryRunAll100TicksWithNothingRecovered(
        expectedAllocations: UInt64, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let counter = try AllocationCounter.make()
        let registry = Registry()
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

        XCTAssertEqual(used.allocations, expectedAllocations, file: file, line: line)
        XCTAssertEqual(recovered, 0, file: file, line: line)
        XCTAssertEqual(registry.count, 4, file: file, line: line)
    }
}
