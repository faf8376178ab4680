import PerfBenchKit
import XCTest

final class GateTests: XCTestCase {
    private let roundRobin = "lb.select.roundRobin.n100"

    private func evaluate(
        _ current: ResultsDocument, baseline: ResultsDocument = SyntheticResults.document(), gate: Gate = Gate()
    ) -> GateReport {
        gate.evaluate(current: current, baseline: baseline)
    }

    private func verdict(_ report: GateReport, _ id: String) throws -> GateVerdict {
        try XCTUnwrap(report.verdicts.first { $0.caseID == id }, "no verdict for \(id)")
    }

    private func check(_ report: GateReport, _ id: String, _ rule: GateRule) throws -> RuleCheck {
        try XCTUnwrap(verdict(report, id).checks.first { $0.rule == rule }, "no \(rule) check for \(id)")
    }

    // MARK: - The fix holds

    func testUnchangedRun_passesEveryCase() {
        let report = evaluate(SyntheticResults.document())

        XCTAssertEqual(report.verdicts.map(\.status), Array(repeating: .pass, count: 5))
        XCTAssertEqual(report.outcome, .pass)
        XCTAssertEqual(report.regressedItems, [])
    }

    func testSpeedupIntervalBelowFloor_regressesWithRuleAndAmount() throws {
        let current = SyntheticResults.document(changing: roundRobin) { $0.speedup = SyntheticResults.speedup(2.5) }

        let report = evaluate(current, baseline: current)

        let floorCheck = try check(report, roundRobin, .speedupFloor)
        XCTAssertEqual(floorCheck.status, .regressed)
        XCTAssertEqual(floorCheck.detail, "ci_low 2.25 (median 2.50) < floor 3.00")
        XCTAssertEqual(try XCTUnwrap(floorCheck.change), 2.25 / 3 - 1, accuracy: 1e-12)
        XCTAssertEqual(report.outcome, .regression)
        XCTAssertEqual(report.regressedItems, [148])
    }

    func testSpeedupIntervalStraddlingFloor_withMedianAbove_isInconclusive() throws {
        let current = SyntheticResults.document(changing: roundRobin) {
            $0.speedup = SpeedupSummary(median: 3.5, ciLow: 2.8, ciHigh: 4, confidence: 0.95, rounds: 15)
        }

        let report = evaluate(current, baseline: current)

        let floorCheck = try check(report, roundRobin, .speedupFloor)
        XCTAssertEqual(floorCheck.status, .inconclusive)
        XCTAssertEqual(floorCheck.detail, "too noisy: ci_low 2.80 (median 3.50) < floor 3.00 ≤ median")
        XCTAssertEqual(report.outcome, .inconclusive)
    }

    func testSpeedupIntervalExactlyAtFloor_passes() throws {
        let current = SyntheticResults.document(changing: roundRobin) {
            $0.speedup = SpeedupSummary(median: 4, ciLow: 3, ciHigh: 5, confidence: 0.95, rounds: 30)
        }

        XCTAssertEqual(try check(evaluate(current, baseline: current), roundRobin, .speedupFloor).status, .pass)
    }

    func testSpeedupNotMeasured_isInconclusiveNeverPass() throws {
        let current = SyntheticResults.document(changing: roundRobin) { $0.speedup = nil }

        let report = evaluate(current)

        let floorCheck = try check(report, roundRobin, .speedupFloor)
        XCTAssertEqual(floorCheck.status, .inconclusive)
        XCTAssertEqual(floorCheck.detail, "no speedup measured")
        XCTAssertEqual(report.outcome, .inconclusive)
    }

    func testFixedAllocationsAboveCeiling_regresses() throws {
        let current = SyntheticResults.document(changing: roundRobin) { $0.fixed.allocsPerEvent = 1 }

        let allocCheck = try check(evaluate(current), roundRobin, .allocationCeiling)

        XCTAssertEqual(allocCheck.status, .regressed)
        XCTAssertEqual(allocCheck.detail, "fixed allocs/event 1.00 > 0")
    }

    func testFixedAllocationsNotMeasured_isInconclusive() throws {
        let current = SyntheticResults.document(changing: roundRobin) { $0.fixed.allocsPerEvent = nil }

        let allocCheck = try check(evaluate(current), roundRobin, .allocationCeiling)

        XCTAssertEqual(allocCheck.status, .inconclusive)
        XCTAssertEqual(allocCheck.detail, "fixed allocations not measured")
    }

    // MARK: - Drift of deterministic metrics

    func testAllocationGrowthWithinTolerance_passes() throws {
        let baseline = SyntheticResults.document(changing: roundRobin) { $0.floor.maxFixedAllocsPerEvent = 1 }
        var current = baseline
        current.cases[1].fixed.allocsPerEvent = 0.04

        XCTAssertEqual(try check(evaluate(current, baseline: baseline), roundRobin, .allocationDrift).status, .pass)
    }

    func testAllocationGrowthBeyondTolerance_regressesWithFiguresAndAllowance() throws {
        let baseline = SyntheticResults.document(changing: roundRobin) { $0.floor.maxFixedAllocsPerEvent = 1 }
        var current = baseline
        current.cases[1].fixed.allocsPerEvent = 0.5

        let drift = try check(evaluate(current, baseline: baseline), roundRobin, .allocationDrift)

        XCTAssertEqual(drift.status, .regressed)
        XCTAssertEqual(drift.detail, "allocs/event 0 → 0.50 (+0.50, allowed ±0.05)")
    }

    func testBytesGrowthBeyondTolerance_regresses() throws {
        let current = SyntheticResults.document(changing: "sched.submit.fifo.n100") { $0.fixed.bytesPerEvent = 16 }

        let drift = try check(evaluate(current), "sched.submit.fifo.n100", .byteDrift)

        XCTAssertEqual(drift.status, .regressed)
        XCTAssertEqual(drift.detail, "bytes/event 0 → 16.0 (+16.0, allowed ±8.00)")
    }

    func testInstructionGrowthBeyondRelativeTolerance_regresses() throws {
        // 400 instructions: the relative 2 % (8) is below the absolute 10, so 411 is the first failure.
        let current = SyntheticResults.document(changing: "sched.submit.fifo.n100") {
            $0.fixed.instructionsPerEvent = 411
        }

        let drift = try check(evaluate(current), "sched.submit.fifo.n100", .instructionDrift)

        XCTAssertEqual(drift.status, .regressed)
        XCTAssertEqual(try XCTUnwrap(drift.change), 11.0 / 400, accuracy: 1e-12)
    }

    func testInstructionDropBeyondTolerance_isImproved() throws {
        let current = SyntheticResults.document(changing: "sched.submit.fifo.n100") {
            $0.fixed.instructionsPerEvent = 300
        }

        let report = evaluate(current)

        XCTAssertEqual(try check(report, "sched.submit.fifo.n100", .instructionDrift).status, .improved)
        XCTAssertEqual(try verdict(report, "sched.submit.fifo.n100").status, .improved)
        XCTAssertEqual(report.outcome, .pass)
    }

    func testMetricMeasuredOnlyInBaseline_isNotApplicableAndPasses() throws {
        let current = SyntheticResults.document(changing: roundRobin) { $0.fixed.instructionsPerEvent = nil }

        let report = evaluate(current)

        let drift = try check(report, roundRobin, .instructionDrift)
        XCTAssertEqual(drift.status, .notApplicable)
        XCTAssertEqual(drift.detail, "instructions/event not measured in this run")
        XCTAssertEqual(try verdict(report, roundRobin).status, .pass)
    }

    // MARK: - Drift of the speedup

    func testSpeedupFallBeyondTolerance_outsideInterval_regresses() throws {
        let current = SyntheticResults.document(changing: roundRobin) { $0.speedup = SyntheticResults.speedup(40) }

        let drift = try check(evaluate(current), roundRobin, .speedupDrift)

        XCTAssertEqual(drift.status, .regressed)
        XCTAssertEqual(drift.detail, "speedup median 70.0 → 40.0 (-42.9%, allowed -30.0%)")
    }

    func testSpeedupFallBeyondTolerance_intervalReachingBaseline_isInconclusive() throws {
        let current = SyntheticResults.document(changing: roundRobin) {
            $0.speedup = SpeedupSummary(median: 40, ciLow: 20, ciHigh: 75, confidence: 0.95, rounds: 5)
        }

        let drift = try check(evaluate(current), roundRobin, .speedupDrift)

        XCTAssertEqual(drift.status, .inconclusive)
        XCTAssertTrue(
            drift.detail.hasSuffix("interval [20.0, 75.0] still reaches the baseline: too noisy"), drift.detail)
    }

    func testSpeedupFallWithinTolerance_passes() throws {
        let current = SyntheticResults.document(changing: roundRobin) { $0.speedup = SyntheticResults.speedup(55) }

        XCTAssertEqual(try check(evaluate(current), roundRobin, .speedupDrift).status, .pass)
    }

    func testSpeedupRiseBeyondTolerance_isImproved() throws {
        let current = SyntheticResults.document(changing: roundRobin) { $0.speedup = SyntheticResults.speedup(120) }

        XCTAssertEqual(try check(evaluate(current), roundRobin, .speedupDrift).status, .improved)
    }

    func testSpeedupDrift_betweenCallgrindAndTimedRuns_isNotCompared() throws {
        let baseline = SyntheticResults.document(engine: "callgrind")
        let current = SyntheticResults.document(changing: roundRobin) { $0.speedup = SyntheticResults.speedup(10) }
        var timed = current
        timed.engine.used = "wall"

        let drift = try check(evaluate(timed, baseline: baseline), roundRobin, .speedupDrift)

        XCTAssertEqual(drift.status, .notApplicable)
        XCTAssertEqual(drift.detail, "engines wall vs baseline callgrind: speedups measure different things")
    }

    func testSpeedupDrift_betweenWallAndPerfRuns_isCompared() throws {
        var baseline = SyntheticResults.document()
        baseline.engine.used = "perf"
        var current = SyntheticResults.document(changing: roundRobin) { $0.speedup = SyntheticResults.speedup(10) }
        current.engine.used = "wall"

        XCTAssertEqual(try check(evaluate(current, baseline: baseline), roundRobin, .speedupDrift).status, .regressed)
    }

    // MARK: - Drift of absolute time

    func testTimeGrowth_separatedAndConfirmedByCPUTime_regresses() throws {
        let current = SyntheticResults.document(changing: roundRobin) {
            $0.fixed.nsPerEvent = SyntheticResults.distribution(40)
            $0.fixed.cpuNsPerEvent = 38
        }

        let drift = try check(evaluate(current), roundRobin, .timeDrift)

        XCTAssertEqual(drift.status, .regressed)
        XCTAssertEqual(
            drift.detail,
            "ns/event median 21.0 → 40.0 (+90.5%, allowed +50.0%); interquartile ranges separated, cpu time +81.0%")
    }

    func testTimeGrowth_separatedWithoutCPUTime_regressesOnWallTimeAlone() throws {
        let current = SyntheticResults.document(changing: roundRobin) {
            $0.fixed.nsPerEvent = SyntheticResults.distribution(40)
            $0.fixed.cpuNsPerEvent = nil
        }

        XCTAssertEqual(try check(evaluate(current), roundRobin, .timeDrift).status, .regressed)
    }

    func testWallTimeGrowth_withCPUTimeUnchanged_passesAsWaitingForACore() throws {
        let current = SyntheticResults.document(changing: roundRobin) {
            $0.fixed.nsPerEvent = SyntheticResults.distribution(40)
        }

        let drift = try check(evaluate(current), roundRobin, .timeDrift)

        XCTAssertEqual(drift.status, .pass)
        XCTAssertTrue(
            drift.detail.hasSuffix("cpu time +0.0% within tolerance: waiting for a core, not slower code"), drift.detail
        )
    }

    func testTimeDrop_separatedAndConfirmedByCPUTime_isImproved() throws {
        let current = SyntheticResults.document(changing: "sched.submit.fifo.n100") {
            $0.fixed.nsPerEvent = SyntheticResults.distribution(40)
            $0.fixed.cpuNsPerEvent = 40
        }

        XCTAssertEqual(try check(evaluate(current), "sched.submit.fifo.n100", .timeDrift).status, .improved)
    }

    func testTimeGrowth_overlappingInterquartileRanges_passesAsNotSignificant() throws {
        let current = SyntheticResults.document(changing: roundRobin) {
            $0.fixed.nsPerEvent = SyntheticResults.distribution(40, spread: 0.5)
        }

        let drift = try check(evaluate(current), roundRobin, .timeDrift)

        XCTAssertEqual(drift.status, .pass)
        XCTAssertTrue(drift.detail.hasSuffix("not significant (interquartile ranges overlap)"), drift.detail)
    }

    func testTimeGrowth_fewerThanFiveRounds_isNotTested() throws {
        let current = SyntheticResults.document(changing: roundRobin) {
            $0.fixed.nsPerEvent = SyntheticResults.distribution(40, samples: 4)
        }

        XCTAssertEqual(try check(evaluate(current), roundRobin, .timeDrift).status, .notApplicable)
    }

    func testTimeGrowth_onHostsNotComparable_isNotComparedAndSaysWhy() throws {
        var current = SyntheticResults.document(changing: roundRobin) {
            $0.fixed.nsPerEvent = SyntheticResults.distribution(300)
        }
        current.host.cpuModel = "Intel Xeon (synthetic)"

        let report = evaluate(current)

        XCTAssertEqual(try check(report, roundRobin, .timeDrift).status, .notApplicable)
        XCTAssertEqual(report.outcome, .pass)
        XCTAssertEqual(
            report.notes,
            [
                "hosts not comparable (cpu 'Intel Xeon (synthetic)' vs 'AMD EPYC 9R14 (synthetic)'): "
                    + "absolute times not compared"
            ])
    }

    // MARK: - Presence and environment

    func testNewCase_passesWithNote() throws {
        var current = SyntheticResults.document()
        current.cases.append(
            SyntheticResults.caseResult(
                "lb.select.random.n100", items: [149],
                legacy: SyntheticResults.implementation(ns: 90, allocs: 0, bytes: 0),
                fixed: SyntheticResults.implementation(ns: 30, allocs: 0, bytes: 0),
                speedup: SyntheticResults.speedup(3),
                minSpeedup: 2))

        let newVerdict = try verdict(evaluate(current), "lb.select.random.n100")

        XCTAssertEqual(newVerdict.status, .pass)
        XCTAssertEqual(newVerdict.notes, ["new case: only the fix-holds rules apply until a baseline includes it"])
    }

    func testBaselineCaseMissingFromFullRun_isInconclusive() throws {
        var current = SyntheticResults.document()
        current.cases.removeLast()

        let report = evaluate(current)

        let missing = try verdict(report, "chain.append.single.n1")
        XCTAssertEqual(missing.status, .inconclusive)
        XCTAssertEqual(
            missing.checks,
            [
                RuleCheck(
                    rule: .presence, status: .inconclusive, detail: "in the baseline but not measured by this run")
            ])
        XCTAssertEqual(report.outcome, .inconclusive)
    }

    func testBaselineCaseMissingFromQuickRun_isSkippedAndDoesNotBlock() throws {
        var current = SyntheticResults.document(quick: true)
        current.cases.remove(at: 2)

        let report = evaluate(current)

        XCTAssertEqual(try verdict(report, "lb.select.roundRobin.n1000").status, .skipped)
        XCTAssertEqual(report.outcome, .pass)
        XCTAssertTrue(report.notes.contains("quick run against a full baseline: cases the quick run omits are skipped"))
    }

    func testDebugBuild_isAnEnvironmentIssueAndInconclusive() {
        var current = SyntheticResults.document()
        current.host.buildConfiguration = "debug"

        let report = evaluate(current)

        XCTAssertEqual(
            report.environmentIssues, ["current run is a debug build: its timings do not represent the runtime"])
        XCTAssertEqual(report.outcome, .inconclusive)
    }

    func testRegression_outranksInconclusive() {
        var current = SyntheticResults.document(changing: roundRobin) { $0.fixed.allocsPerEvent = 3 }
        current.cases[0].speedup = nil

        XCTAssertEqual(evaluate(current).outcome, .regression)
    }

    func testFloorChangedSinceBaseline_isNoted() throws {
        let current = SyntheticResults.document(changing: roundRobin) { $0.floor.minSpeedup = 5 }

        let notes = try verdict(evaluate(current), roundRobin).notes

        XCTAssertEqual(notes, ["floor changed since the baseline: speedup ≥ 3.00 → 5.00, allocs ≤ 0 → 0"])
    }
}
