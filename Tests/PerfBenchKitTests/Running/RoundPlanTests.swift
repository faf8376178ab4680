import PerfBenchKit
import XCTest

final class RoundPlanTests: XCTestCase {
    func testRoundCountIsCappedByTheTimeBudget() {
        let plan = RoundPlan(
            rounds: 61, minRounds: 9, targetBatchNanoseconds: 5_000_000, maxTimedNanosecondsPerCase: 100_000_000,
            digestEvents: 1, allocationEvents: 1, bootstrapResamples: 1)

        XCTAssertEqual(plan.roundCount(roundNanoseconds: 1_000_000), 61)
        XCTAssertEqual(plan.roundCount(roundNanoseconds: 5_000_000), 20)
        XCTAssertEqual(plan.roundCount(roundNanoseconds: 1_000_000_000), 9, "never below minRounds")
    }

    func testProgressLineCarriesCountAndEstimate() {
        var reporter = ProgressReporter(total: 4)

        let line = reporter.finished("lb.select.roundRobin.n10", nanoseconds: 2_000_000_000, outcome: "12.00x")

        XCTAssertEqual(line, "[1/4] lb.select.roundRobin.n10  2.0s  12.00x  ETA 6.0s")
    }
}
