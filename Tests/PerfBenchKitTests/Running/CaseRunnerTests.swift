import Foundation
import XCTest

@testable import PerfBenchKit

final class CaseRunnerTests: XCTestCase {
    /// Returns `event + offset`: two instances with different offsets disagree on every output.
    private final class OffsetWorkload: EventWorkload {
        let offset: UInt64
        init(offset: UInt64) { self.offset = offset }
        func perform(_ event: UInt64) -> UInt64 { event &+ offset }
    }

    /// Allocates one escaping object per event on the legacy side, nothing on the fixed side.
    private final class BoxingWorkload: EventWorkload {
        final class Box {
            let value: UInt64
            init(_ value: UInt64) { self.value = value }
        }
        let boxes: Bool
        init(boxes: Bool) { self.boxes = boxes }
        func perform(_ event: UInt64) -> UInt64 {
            guard boxes else { return event }
            let box = Box(event)
            blackHole(box)
            return box.value
        }
    }

    private func offsetCase(legacyOffset: UInt64, fixedOffset: UInt64) -> BenchCase {
        BenchCase(
            id: CaseID("test", "offset", "pair", "n1"), items: [148], summary: "test", parameters: [],
            floor: .hotPath(minSpeedup: 1)
        ) { implementation, _ in
            EventDriver(
                OffsetWorkload(offset: implementation == .legacy ? legacyOffset : fixedOffset), events: [1, 2, 3])
        }
    }

    private let tinyPlan = RoundPlan(
        rounds: 3, minRounds: 3, targetBatchNanoseconds: 20_000, maxTimedNanosecondsPerCase: 10_000_000,
        digestEvents: 10, allocationEvents: 10, bootstrapResamples: 50)

    func testDigestMismatchIsAnErrorNotAMeasurement() {
        let runner = CaseRunner(plan: tinyPlan, engine: WallClockEngine(), allocations: nil)

        XCTAssertThrowsError(
            try runner.measure(offsetCase(legacyOffset: 0, fixedOffset: 1), parameters: ResolvedParameters([:]))
        ) { error in
            guard case .digestMismatch(let caseID, let events, _, _) = error as? CaseFailure else {
                return XCTFail("expected a digest mismatch, got \(error)")
            }
            XCTAssertEqual(caseID, "test.offset.pair.n1")
            XCTAssertEqual(events, 10)
        }
    }

    func testAllocationPassCountsExactlyPerEventAfterTiming() throws {
        let benchCase = BenchCase(
            id: CaseID("test", "boxing", "pair", "n1"), items: [149], summary: "test", parameters: [],
            floor: .hotPath(minSpeedup: 1)
        ) { implementation, _ in
            EventDriver(BoxingWorkload(boxes: implementation == .legacy), events: [1, 2, 3])
        }
        let pass = try XCTUnwrap(AllocationPass.makeIfExact(), "jemalloc is linked into the test process")
        let runner = CaseRunner(plan: tinyPlan, engine: WallClockEngine(), allocations: pass)
        var result = try runner.measure(benchCase, parameters: ResolvedParameters([:]))
        XCTAssertNil(result.legacy.allocsPerEvent, "timing alone counts nothing")

        try runner.countAllocations(benchCase, parameters: ResolvedParameters([:]), into: &result)

        XCTAssertEqual(result.legacy.allocsPerEvent, 1)
        XCTAssertEqual(result.fixed.allocsPerEvent, 0)
        XCTAssertGreaterThan(result.legacy.bytesPerEvent ?? 0, 0)
        XCTAssertEqual(result.fixed.bytesPerEvent, 0)
    }

    func testAgreeingOutputsProduceAPairedResult() throws {
        let runner = CaseRunner(plan: tinyPlan, engine: WallClockEngine(), allocations: nil)

        let result = try runner.measure(
            offsetCase(legacyOffset: 5, fixedOffset: 5), parameters: ResolvedParameters([:]))

        XCTAssertEqual(result.id, "test.offset.pair.n1")
        XCTAssertEqual(result.items, [148])
        XCTAssertEqual(result.legacy.nsPerEvent?.samples, 3)
        XCTAssertEqual(result.fixed.nsPerEvent?.samples, 3)
        XCTAssertEqual(result.speedup?.rounds, 3)
        XCTAssertNil(result.fixed.allocsPerEvent, "no allocation pass: unknown, never 0")
        XCTAssertNil(result.fixed.instructionsPerEvent)
    }

    func testProducedDocumentRoundTripsThroughJSON() throws {
        let runner = CaseRunner(plan: tinyPlan, engine: WallClockEngine(), allocations: nil)
        let result = try runner.measure(
            offsetCase(legacyOffset: 5, fixedOffset: 5), parameters: ResolvedParameters([:]))
        let host = HostDescription(
            cpuModel: "test cpu", logicalCores: 2, kernel: "6.1", hypervisor: true,
            pmu: CapabilityStatus(available: false, reason: "no hardware PMU on this host (ENOENT)"),
            perfEventParanoid: 2, swiftVersion: "6.3.1", allocator: AllocatorDescription(name: "jemalloc"),
            valgrind: CapabilityStatus(available: true, detail: "valgrind-3.19.0"), gitCommit: nil,
            buildConfiguration: "debug")
        let document = ResultsDocument(
            createdAt: "2026-11-27T22:00:00Z", host: host,
            engine: EngineRecord(requested: "wall", used: "wall", reason: "requested"), quick: true,
            unavailableCounters: [UnavailableCounter(name: "cycles", reason: "no hardware PMU on this host (ENOENT)")],
            cases: [result])

        let data = try JSONEncoder().encode(document)
        let decoded = try JSONDecoder().decode(ResultsDocument.self, from: data)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]

        XCTAssertEqual(decoded, document)
        XCTAssertEqual(object?["schema"] as? String, "perfbench.results/1")
        let firstCase = (object?["cases"] as? [[String: Any]])?.first
        XCTAssertNotNil((firstCase?["legacy"] as? [String: Any])?["ns_per_event"])
        XCTAssertNotNil((firstCase?["speedup"] as? [String: Any])?["ci_low"])
        XCTAssertNotNil((firstCase?["floor"] as? [String: Any])?["max_fixed_allocs_per_event"])
    }
}
