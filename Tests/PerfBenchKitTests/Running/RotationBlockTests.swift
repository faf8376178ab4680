import PerfBenchKit
import XCTest

/// Paired rounds rotate which side goes first; ratios pair whole rotation blocks so the position's
/// warm-or-cold bias cancels instead of splitting the ratios into two populations.
final class RotationBlockTests: XCTestCase {
    /// The shape measured on an EPYC host (`lb.update.metrics.n5000`): whichever side ran second in
    /// a round was slower, so per-round ratios alternated between about 1 and 3.
    func testBlocksOfTheRotationCancelThePositionBias() {
        let legacy: [Double] = [300, 600, 300, 600, 300, 600]
        let fixed: [Double] = [300, 200, 300, 200, 300, 200]

        let perRound = PairedRatio(numerator: legacy, denominator: fixed)
        let perBlock = PairedRatio(numerator: legacy, denominator: fixed, roundsPerBlock: 2)

        XCTAssertEqual(perRound.ratios, [1, 3, 1, 3, 1, 3])
        XCTAssertEqual(perBlock.ratios, [1.8, 1.8, 1.8])
        let interval = perBlock.summary(resamples: 200, seed: 1)
        XCTAssertEqual(interval.low, 1.8)
        XCTAssertEqual(interval.high, 1.8)
    }

    func testTrailingRoundsThatDoNotFillABlockAreLeftOut() {
        let ratio = PairedRatio(numerator: [4, 4, 4, 9, 9], denominator: [1, 1, 2, 1, 1], roundsPerBlock: 3)

        XCTAssertEqual(ratio.ratios, [3], "rounds 3 and 4 are an incomplete block")
    }

    func testFewerRoundsThanABlockArePairedOneByOne() {
        let ratio = PairedRatio(numerator: [4, 6], denominator: [2, 2], roundsPerBlock: 3)

        XCTAssertEqual(ratio.ratios, [2, 3])
    }

    func testTheRunnerRunsWholeBlocksSoPooledRunsStayAligned() throws {
        let plan = RoundPlan(
            rounds: 15, minRounds: 5, targetBatchNanoseconds: 1_000, maxTimedNanosecondsPerCase: 1_000_000_000,
            digestEvents: 1, allocationEvents: 1, bootstrapResamples: 1)
        let engine = CountingEngine()

        let two = try PairedRunner(plan: plan, engine: engine)
            .run([(.legacy, Steady()), (.fixed, Steady())], maxBatchEvents: 1)
        let three = try PairedRunner(plan: plan, engine: engine)
            .run([(.legacy, Steady()), (.fixed, Steady()), (.limit, Steady())], maxBatchEvents: 1)

        XCTAssertEqual(two.batches[.legacy]?.count, 16, "15 planned rounds, rounded up to whole pairs")
        XCTAssertEqual(two.batches[.fixed]?.count, 16)
        XCTAssertEqual(three.batches[.limit]?.count, 15, "15 is already five blocks of three")
    }

    private final class Steady: CaseInstance {
        func run(events count: Int) -> UInt64 { UInt64(count) }
        func digest(events count: Int) -> UInt64 { UInt64(count) }
    }

    /// Every batch takes 100 ns per event: calibration and rounds without a clock.
    private final class CountingEngine: MeasurementEngine {
        var kind: EngineKind { .wall }
        var counterNames: [String] { [] }
        func measure(_ instance: any CaseInstance, events: Int) throws -> BatchSample {
            BatchSample(events: events, wallNanoseconds: UInt64(events) * 100, cpuNanoseconds: UInt64(events) * 100)
        }
    }
}
