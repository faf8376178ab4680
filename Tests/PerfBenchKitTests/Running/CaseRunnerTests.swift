import Foundation
import PerfBenchKit
import XCTest

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

    /// A case whose legacy and fixed sides add `runtimeOffset` and whose limit kernel adds `limitOffset`.
    private func limitCase(runtimeOffset: UInt64, limitOffset: UInt64) -> BenchCase {
        BenchCase(
            id: CaseID("test", "offset", "limited", "n1"), items: [148], summary: "test", parameters: [],
            floor: .hotPath(minSpeedup: 1),
            makeLimit: { _ in EventDriver(OffsetWorkload(offset: limitOffset), events: [1, 2, 3]) },
            makeInstance: { _, _ in EventDriver(OffsetWorkload(offset: runtimeOffset), events: [1, 2, 3]) }
        )
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

    func testLimitKernelDisagreeingWithFixedIsADigestMismatch() {
        let runner = CaseRunner(plan: tinyPlan, engine: WallClockEngine(), allocations: nil)

        XCTAssertThrowsError(
            try runner.measure(limitCase(runtimeOffset: 5, limitOffset: 6), parameters: ResolvedParameters([:]))
        ) { error in
            guard case .limitDigestMismatch(let caseID, let events, let fixed, let limit) = error as? CaseFailure else {
                return XCTFail("expected a limit digest mismatch, got \(error)")
            }
            XCTAssertEqual(caseID, "test.offset.limited.n1")
            XCTAssertEqual(events, 10)
            XCTAssertNotEqual(fixed, limit)
            XCTAssertTrue("\(error)".contains("fixed and limit-kernel outputs differ"), "\(error)")
        }
    }

    func testUnmeasuredCaseStillChecksTheLimitDigest() {
        let runner = CaseRunner(plan: tinyPlan, engine: WallClockEngine(), allocations: nil)

        XCTAssertThrowsError(
            try runner.unmeasured(limitCase(runtimeOffset: 5, limitOffset: 6), parameters: ResolvedParameters([:]))
        ) { error in
            guard case .limitDigestMismatch = error as? CaseFailure else {
                return XCTFail("expected a limit digest mismatch, got \(error)")
            }
        }
    }

    func testLimitIsAThirdSideWithItsRatioFromTheKeptRounds() throws {
        let runner = CaseRunner(plan: tinyPlan, engine: WallClockEngine(), allocations: nil)

        let result = try runner.measure(
            limitCase(runtimeOffset: 5, limitOffset: 5), parameters: ResolvedParameters([:]))

        XCTAssertEqual(result.sides, [.legacy, .fixed, .limit])
        XCTAssertEqual(result.limit?[.time]?.samples, 3)
        let fixedRounds = try XCTUnwrap(result.fixed.rounds?[.time])
        let limitRounds = try XCTUnwrap(result.limit?.rounds?[.time])
        XCTAssertEqual(limitRounds.count, 3, "one limit batch per paired round")
        let ratio = try XCTUnwrap(result.ratio(.limitRatio))
        XCTAssertEqual(ratio.rounds, 3)
        XCTAssertEqual(
            ratio.median, fixedRounds.reduce(0, +) / limitRounds.reduce(0, +), accuracy: 1e-12,
            "three rounds of three sides are one rotation block: fixed/limit is the ratio of its sums")
        XCTAssertNotNil(result.speedup, "the speedup is still legacy over fixed")
    }

    func testCaseWithoutLimitHasNoLimitSideOrRatio() throws {
        let runner = CaseRunner(plan: tinyPlan, engine: WallClockEngine(), allocations: nil)

        let result = try runner.measure(
            offsetCase(legacyOffset: 5, fixedOffset: 5), parameters: ResolvedParameters([:]))

        XCTAssertNil(result.limit)
        XCTAssertNil(result.ratio(.limitRatio))
        XCTAssertEqual(result.sides, [.legacy, .fixed])
    }

    func testAllocationPassCountsTheLimitSide() throws {
        let benchCase = BenchCase(
            id: CaseID("test", "boxing", "limited", "n1"), items: [149], summary: "test", parameters: [],
            floor: .hotPath(minSpeedup: 1),
            makeLimit: { _ in EventDriver(BoxingWorkload(boxes: true), events: [1, 2, 3]) },
            makeInstance: { _, _ in EventDriver(BoxingWorkload(boxes: false), events: [1, 2, 3]) }
        )
        let pass = try XCTUnwrap(AllocationPass.makeIfExact(), "jemalloc is linked into the test process")
        let runner = CaseRunner(plan: tinyPlan, engine: WallClockEngine(), allocations: pass)
        var result = try runner.measure(benchCase, parameters: ResolvedParameters([:]))

        try runner.countAllocations(benchCase, parameters: ResolvedParameters([:]), into: &result)

        XCTAssertEqual(result.limit?.value(.allocations), 1, "the limit side is counted in its own pass")
        XCTAssertEqual(result.fixed.value(.allocations), 0)
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
        XCTAssertNil(result.legacy.value(.allocations), "timing alone counts nothing")

        try runner.countAllocations(benchCase, parameters: ResolvedParameters([:]), into: &result)

        XCTAssertEqual(result.legacy.value(.allocations), 1)
        XCTAssertEqual(result.legacy[.allocations]?.events, 10, "the counted workload is recorded")
        XCTAssertEqual(result.fixed.value(.allocations), 0)
        XCTAssertGreaterThan(result.legacy.value(.bytes) ?? 0, 0)
        XCTAssertEqual(result.fixed.value(.bytes), 0)
    }

    func testAgreeingOutputsProduceAPairedResult() throws {
        let runner = CaseRunner(plan: tinyPlan, engine: WallClockEngine(), allocations: nil)

        let result = try runner.measure(
            offsetCase(legacyOffset: 5, fixedOffset: 5), parameters: ResolvedParameters([:]))

        XCTAssertEqual(result.id, "test.offset.pair.n1")
        XCTAssertEqual(result.items, [148])
        XCTAssertEqual(result.legacy[.time]?.samples, 4, "3 planned rounds, rounded up to whole pairs")
        XCTAssertEqual(result.fixed[.time]?.samples, 4)
        XCTAssertEqual(result.fixed.rounds?.count, 4, "the raw rounds are kept")
        XCTAssertEqual(result.fixed.rounds?[.time]?.count, 4)
        XCTAssertEqual(result.speedup?.rounds, 4)
        let legacyRounds = try XCTUnwrap(result.legacy.rounds?[.time])
        let fixedRounds = try XCTUnwrap(result.fixed.rounds?[.time])
        let blockRatios: [Double] = [0, 2].map { (start: Int) -> Double in
            let legacySum: Double = legacyRounds[start] + legacyRounds[start + 1]
            let fixedSum: Double = fixedRounds[start] + fixedRounds[start + 1]
            return legacySum / fixedSum
        }
        XCTAssertEqual(
            try XCTUnwrap(result.speedup?.median), Quantiles(blockRatios).median, accuracy: 1e-12,
            "the speedup is the median of the ratios of the rotation blocks' summed times")
        XCTAssertNil(result.fixed.value(.allocations), "no allocation pass: unknown, never 0")
        XCTAssertNil(result.fixed.value(.instructions))
    }

    func testProducedDocumentRoundTripsThroughJSON() throws {
        let runner = CaseRunner(plan: tinyPlan, engine: WallClockEngine(), allocations: nil)
        let result = try runner.measure(
            offsetCase(legacyOffset: 5, fixedOffset: 5), parameters: ResolvedParameters([:]))
        let document = ResultsDocument(
            createdAt: "2026-11-27T22:00:00Z", host: SyntheticResults.host,
            engine: EngineRecord(requested: .wall, used: .wall, reason: "requested"), quick: true,
            method: MethodRecord(plan: tinyPlan),
            unavailable: [
                UnavailableMetric(metric: Metric.counter("cycles").id, reason: "no hardware PMU on this host (ENOENT)")
            ],
            cases: [result])

        let data = try JSONEncoder().encode(document)
        let decoded = try JSONDecoder().decode(ResultsDocument.self, from: data)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]

        XCTAssertEqual(decoded, document)
        XCTAssertEqual(object?["schema"] as? String, "perfbench.results/2")
        let firstCase = (object?["cases"] as? [[String: Any]])?.first
        let legacyMetrics = (firstCase?["legacy"] as? [String: Any])?["metrics"] as? [String: Any]
        XCTAssertEqual((legacyMetrics?["time"] as? [String: Any])?["unit"] as? String, "ns/event")
        XCTAssertNotNil(((firstCase?["ratios"] as? [String: Any])?["speedup"] as? [String: Any])?["ci_low"])
        XCTAssertNotNil((firstCase?["floor"] as? [String: Any])?["max_fixed_allocs_per_event"])
        let method = object?["method"] as? [String: Any]
        XCTAssertEqual((method?["interval"] as? [String: Any])?["method"] as? String, "percentile bootstrap")
    }
}
