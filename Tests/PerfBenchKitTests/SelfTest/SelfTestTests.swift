import PerfBenchKit
import XCTest

/// The self-test's orchestration over synthetic runs whose perturbations act exactly as injected:
/// what it reports must follow from the gate's rules and the injected sizes.
final class SelfTestTests: XCTestCase {
    /// Runs `request` on the synthetic catalog: timing gives each fixed side its baseline time
    /// (spread 1 %) plus any injected busy-wait; the allocation pass adds injected allocations.
    private func execute(_ request: RunRequest) -> ResultsDocument {
        var document = SyntheticResults.document()
        document.cases = document.cases.filter { request.caseIDs?.contains($0.id) ?? true }
        for index in document.cases.indices {
            var result = document.cases[index]
            let perturbation = request.perturbation?.byCase[result.id]
            if request.passes.contains(.timing) {
                var added = 0.0
                if case .time(let nanoseconds)? = perturbation { added = nanoseconds }
                let time = (result.fixed.value(.time) ?? 0) + added
                let quiet = SyntheticResults.side(ns: time, allocs: nil, bytes: nil, spread: 0.01)
                result.fixed.rounds = quiet.rounds
                result.fixed[.time] = quiet[.time]
                let legacy = result.legacy.value(.time) ?? 0
                result.speedup = RatioSummary(
                    median: legacy / time, ciLow: legacy / time * 0.99, ciHigh: legacy / time * 1.01,
                    confidence: 0.95, rounds: 30)
            } else {
                result.fixed.rounds = nil
                result.fixed[.time] = nil
                result.speedup = nil
            }
            if case .allocation(let count)? = perturbation, let allocations = result.fixed.value(.allocations) {
                result.fixed[.allocations] = .exact(
                    allocations + Double(count), metric: .allocations, events: SyntheticResults.countedEvents)
            }
            document.cases[index] = result
        }
        return document
    }

    /// Four instructions per iteration, as a multiply-add loop compiles to.
    private func countInstructions(_ document: ResultsDocument, _ perturbation: Perturbation) -> ResultsDocument {
        guard case .work(let iterations) = perturbation else { return document }
        var counted = document
        for index in counted.cases.indices {
            guard let instructions = counted.cases[index].fixed.value(.instructions) else { continue }
            counted.cases[index].fixed[.instructions] = .exact(
                instructions + 4 * Double(iterations), metric: .instructions, events: SyntheticResults.countedEvents)
        }
        return counted
    }

    /// As `countInstructions`, in a child whose perturbation argument alone moves a layout-sensitive
    /// count: every perturbed child, the do-nothing reference included, counts 16.9 fewer per event.
    private func countInstructionsWithLayoutShift(
        _ document: ResultsDocument, _ perturbation: Perturbation
    ) -> ResultsDocument {
        var counted = countInstructions(document, perturbation)
        for index in counted.cases.indices {
            guard var figure = counted.cases[index].fixed[.instructions] else { continue }
            figure.value -= 16.9
            counted.cases[index].fixed[.instructions] = figure
        }
        return counted
    }

    private func selfTest(
        baseline: ResultsDocument,
        counter: ((ResultsDocument, Perturbation) throws -> ResultsDocument)? = nil
    ) throws -> SelfTestResult {
        let retry = GateRetry(gate: Gate(), baseline: baseline, retries: 1)
        return try SelfTest(retry: retry, quick: true, aaRuns: 2, timeSteps: [0.02, 0.15, 0.5], workSteps: [1, 2])
            .run(
                execute: execute, countInstructions: counter ?? countInstructions, host: SyntheticResults.host,
                createdAt: "2026-12-01T00:00:00Z", progress: { _ in })
    }

    private func quietBaseline() -> ResultsDocument {
        var baseline = SyntheticResults.document()
        for index in baseline.cases.indices {
            baseline.cases[index].noise = CaseNoise(
                runs: 8, logSD: [NoiseKey.time(.fixed): 0.01, NoiseKey.ratio(.speedup): 0.01])
        }
        return baseline
    }

    func testUnchangedCode_givesNoFalseAlarm() throws {
        let result = try selfTest(baseline: quietBaseline())

        XCTAssertEqual(result.cases.map(\.falseAlarms), Array(repeating: 0, count: 5))
        XCTAssertEqual(result.aaRuns, 2)
        XCTAssertTrue(result.sameHostAsBaseline)
    }

    func testTimeMDE_isTheSmallestStepBeyondTheNoiseBand() throws {
        // Band: max(5 %, 6 × 1 %) = 6.2 %: a 2 % busy-wait hides in it, 15 % and 50 % do not.
        let result = try selfTest(baseline: quietBaseline())

        let roundRobin = try XCTUnwrap(result.cases.first { $0.id == "lb.select.roundRobin.n100" })
        XCTAssertEqual(roundRobin.timeDetected, [false, true, true])
        XCTAssertEqual(roundRobin.timeMDE(steps: result.timeSteps), 0.15)
    }

    func testInstructionMDE_isTheMeasuredInjectedCount() throws {
        let result = try selfTest(baseline: quietBaseline())

        let scheduler = try XCTUnwrap(result.cases.first { $0.id == "sched.submit.fifo.n100" })
        XCTAssertEqual(scheduler.instructionsInjected, [4, 8])
        XCTAssertEqual(scheduler.instructionsDetected, [true, true])
        XCTAssertEqual(scheduler.instructionMDE, 4)
    }

    func testInstructionSteps_areMeasuredAgainstADoNothingPerturbedChild() throws {
        let result = try selfTest(baseline: quietBaseline(), counter: countInstructionsWithLayoutShift)

        let scheduler = try XCTUnwrap(result.cases.first { $0.id == "sched.submit.fifo.n100" })
        XCTAssertEqual(scheduler.instructionsInjected, [4, 8], "the child's own shift is not the step's")
        XCTAssertEqual(scheduler.instructionsDetected, [true, true])
    }

    func testOneExtraAllocationPerEvent_isCaughtEverywhere() throws {
        let result = try selfTest(baseline: quietBaseline())

        XCTAssertEqual(result.cases.map(\.allocationDetected), Array(repeating: true, count: 5))
    }

    func testOnAnotherHostIdentity_timeIsNotJudgedAndSaysWhy() throws {
        var baseline = quietBaseline()
        baseline.host.identity?.family = 0x19

        let result = try selfTest(baseline: baseline)

        XCTAssertFalse(result.sameHostAsBaseline)
        XCTAssertEqual(result.timeSteps, [])
        XCTAssertEqual(result.cases[0].timeNotJudged, "host identity differs from the baseline's")
        XCTAssertEqual(result.cases[0].instructionMDE, 4, "exact metrics travel")
    }

    func testSummary_namesTheRunsAndEachCasesMDE() throws {
        let text = SelfTestSummary.render(try selfTest(baseline: quietBaseline()), format: .text)

        XCTAssertTrue(text.contains("A/A: 2 gate runs of unchanged code × 5 cases: 0 false alarms"), text)
        XCTAssertTrue(text.contains("lb.select.roundRobin.n100"), text)
        XCTAssertTrue(text.contains("≤ 15.0%"), text)
        XCTAssertTrue(text.contains("≤ +4.00/event"), text)
    }

    func testSummary_putsALongReasonForNotJudgingTimeBelowTheTable() throws {
        var result = try selfTest(baseline: quietBaseline())
        let reason = "two threads on two vCPUs: how the hypervisor places them moves the speedup"
        result.cases[0].timeNotJudged = reason

        let text = SelfTestSummary.render(result, format: .text)

        XCTAssertTrue(text.contains("not judged (see below)"), text)
        XCTAssertTrue(text.hasSuffix("\(result.cases[0].id): time not judged: \(reason)\n"), text)
    }
}
