import XCTest

@testable import PerfBenchKit

/// The two-thread case's per-event figures cover both threads' events and both threads' costs.
final class MultithreadedCaseTests: XCTestCase {
    private func standardCase(_ id: String) throws -> (BenchCase, ResolvedParameters) {
        let selected = try CaseCatalog.standard.select(items: nil, pattern: nil, caseIDs: [id], overrides: [])
        return try XCTUnwrap(selected.first)
    }

    func testContendedLegacyAllocations_equalTheSingleThreadedOnesPerEvent() throws {
        let pass = try XCTUnwrap(AllocationPass.makeIfExact(), "jemalloc is linked into the test process")
        let (contended, contendedParameters) = try standardCase("lb.select.contended2.n100")
        let (single, singleParameters) = try standardCase("lb.select.roundRobin.n100")

        let both = try pass.perEvent(contended.makeInstance(.legacy, parameters: contendedParameters), events: 1_000)
        let one = try pass.perEvent(single.makeInstance(.legacy, parameters: singleParameters), events: 1_000)

        // Counting only the measuring thread would give half: its share divided by all events.
        XCTAssertGreaterThan(one.allocations, 0)
        XCTAssertEqual(both.allocations, one.allocations)
        XCTAssertEqual(both.bytes, one.bytes)
    }

    func testEngines_addTheOtherThreadsCPUTime() throws {
        let instance = FixedCostInstance(otherThreadsCPU: 5_000_000)

        let sample = try WallClockEngine().measure(instance, events: 10)

        XCTAssertGreaterThanOrEqual(sample.cpuNanoseconds, 5_000_000)
    }

    /// Reports a fixed cost on its (imaginary) other threads.
    private final class FixedCostInstance: MultithreadedCaseInstance {
        let otherThreadsCPU: UInt64
        init(otherThreadsCPU: UInt64) { self.otherThreadsCPU = otherThreadsCPU }
        func run(events count: Int) -> UInt64 { UInt64(count) }
        func digest(events count: Int) -> UInt64 { UInt64(count) }
        var otherThreadsCosts: OtherThreadsCosts { OtherThreadsCosts(cpuNanoseconds: otherThreadsCPU, allocations: nil) }
        func countOtherThreadsAllocations(with counter: AllocationCounter) {}
    }
}
