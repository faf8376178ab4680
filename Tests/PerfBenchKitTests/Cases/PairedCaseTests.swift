import PerfBenchKit
import XCTest

/// `BenchCase.paired`: a before/after pair declared with closures runs through the same driver,
/// digest pass and runner as every standard case.
final class PairedCaseTests: XCTestCase {
    private let tinyPlan = RoundPlan(
        rounds: 3, minRounds: 3, targetBatchNanoseconds: 20_000, maxTimedNanosecondsPerCase: 10_000_000,
        digestEvents: 10, allocationEvents: 10, bootstrapResamples: 50)

    /// Sums the first `n` integers two ways; `afterBreaksAt` makes the after side wrong for that `n`.
    private func sumCase(afterBreaksAt broken: UInt64? = nil) -> BenchCase {
        BenchCase.paired(
            id: CaseID("test", "sum", "loopVsFormula", "n64"), items: [7], summary: "sum of 1...n",
            parameters: [CaseParameter("maxN", 64, range: 1...1_000, "largest n in the stream")],
            floor: CaseFloor(minSpeedup: 1, maxFixedAllocsPerEvent: 0),
            events: { parameters in (1...UInt64(parameters["maxN"])).map { $0 } },
            before: { _ in
                { n in (1...n).reduce(0, &+) }
            },
            after: { _ in
                { n in n == broken ? 0 : n * (n + 1) / 2 }
            })
    }

    func testParametersReachTheBuildersAndTheBodyRunsPerEventOverTheCycledStream() {
        let benchCase = sumCase()
        let parameters = ResolvedParameters(["maxN": 3])
        let instance = benchCase.makeInstance(.legacy, parameters: parameters)

        // Five events over the stream [1, 2, 3] cycle back to its start: outputs 1, 3, 6, 1, 3.
        var outputs = OutputDigest()
        for sum: UInt64 in [1, 3, 6, 1, 3] { outputs.add(sum) }
        var expected = OutputDigest()
        expected.add(outputs.value)
        expected.add(0)
        XCTAssertEqual(instance.digest(events: 5), expected.value)
        XCTAssertEqual(benchCase.items, [7])
        XCTAssertEqual(benchCase.isolatedItems, [7])
    }

    func testAgreeingSidesAreMeasuredAsLegacyAndFixed() throws {
        let runner = CaseRunner(plan: tinyPlan, engine: WallClockEngine(), allocations: nil)
        let benchCase = sumCase()

        let result = try runner.measure(benchCase, parameters: try benchCase.resolve([]))

        XCTAssertEqual(result.id, "test.sum.loopVsFormula.n64")
        XCTAssertEqual(result.sides, [.legacy, .fixed])
        XCTAssertEqual(result.params, ["maxN": 64])
        XCTAssertEqual(result.speedup?.rounds, 4, "3 planned rounds, rounded up to whole pairs")
    }

    func testDisagreeingAfterBodyIsADigestMismatch() throws {
        let runner = CaseRunner(plan: tinyPlan, engine: WallClockEngine(), allocations: nil)
        let benchCase = sumCase(afterBreaksAt: 5)

        XCTAssertThrowsError(try runner.measure(benchCase, parameters: try benchCase.resolve([]))) { error in
            guard case .digestMismatch(let caseID, let events, let legacy, let fixed) = error as? CaseFailure else {
                return XCTFail("expected a digest mismatch, got \(error)")
            }
            XCTAssertEqual(caseID, "test.sum.loopVsFormula.n64")
            XCTAssertEqual(events, 10)
            XCTAssertNotEqual(legacy, fixed)
        }
    }
}
