import PerfBenchKit
import XCTest

final class GateTests: XCTestCase {
    private let roundRobin = "lb.select.roundRobin.n100"
    private let scheduler = "sched.submit.fifo.n100"

    private func evaluate(
        _ current: ResultsDocument, baseline: ResultsDocument = SyntheticResults.document(), gate: Gate = Gate()
    ) throws -> GateReport {
        try gate.evaluate(current: current, baseline: baseline)
    }

    private func verdict(_ report: GateReport, _ id: String) throws -> GateVerdict {
        try XCTUnwrap(report.verdicts.first { $0.caseID == id }, "no verdict for \(id)")
    }

    private func check(_ report: GateReport, _ id: String, _ rule: GateRule) throws -> RuleCheck {
        try XCTUnwrap(verdict(report, id).checks.first { $0.rule == rule }, "no \(rule) check for \(id)")
    }

    // MARK: - The fix holds

    func testUnchangedRun_passesEveryCase() throws {
        let report = try evaluate(SyntheticResults.document())

        XCTAssertEqual(report.verdicts.map(\.status), Array(repeating: .pass, count: 5))
        XCTAssertEqual(report.outcome, .pass)
        XCTAssertEqual(report.regressedItems, [])
    }

    func testSpeedupIntervalBelowFloor_regressesWithRuleAndAmount() throws {
        let current = SyntheticResults.document(changing: roundRobin) { $0.speedup = SyntheticResults.speedup(2.5) }

        let report = try evaluate(current, baseline: current)

        let floorCheck = try check(report, roundRobin, .speedupFloor)
        XCTAssertEqual(floorCheck.status, .regressed)
        XCTAssertEqual(floorCheck.detail, "ci_low 2.25 (median 2.50) < floor 3.00")
        XCTAssertEqual(try XCTUnwrap(floorCheck.change), 2.25 / 3 - 1, accuracy: 1e-12)
        XCTAssertEqual(report.outcome, .regression)
        XCTAssertEqual(report.regressedItems, [148])
    }

    func testSpeedupIntervalStraddlingFloor_withMedianAbove_isInconclusiveAndTooNoisy() throws {
        let current = SyntheticResults.document(changing: roundRobin) {
            $0.speedup = RatioSummary(median: 3.5, ciLow: 2.8, ciHigh: 4, confidence: 0.95, rounds: 15)
        }

        let report = try evaluate(current, baseline: current)

        let floorCheck = try check(report, roundRobin, .speedupFloor)
        XCTAssertEqual(floorCheck.status, .inconclusive)
        XCTAssertTrue(floorCheck.tooNoisy)
        XCTAssertEqual(floorCheck.detail, "too noisy: ci_low 2.80 (median 3.50) < floor 3.00 ≤ median")
        XCTAssertEqual(report.outcome, .inconclusive)
    }

    func testSpeedupIntervalExactlyAtFloor_passes() throws {
        let current = SyntheticResults.document(changing: roundRobin) {
            $0.speedup = RatioSummary(median: 4, ciLow: 3, ciHigh: 5, confidence: 0.95, rounds: 30)
        }

        XCTAssertEqual(try check(evaluate(current, baseline: current), roundRobin, .speedupFloor).status, .pass)
    }

    func testSpeedupNotMeasured_isInconclusiveNeverPass() throws {
        let current = SyntheticResults.document(changing: roundRobin) { $0.speedup = nil }

        let report = try evaluate(current)

        let floorCheck = try check(report, roundRobin, .speedupFloor)
        XCTAssertEqual(floorCheck.status, .inconclusive)
        XCTAssertFalse(floorCheck.tooNoisy)
        XCTAssertEqual(floorCheck.detail, "no speedup measured")
        XCTAssertEqual(report.outcome, .inconclusive)
    }

    func testFixedAllocationsAboveCeiling_regresses() throws {
        let current = SyntheticResults.document(changing: roundRobin) {
            $0.fixed[.allocations] = .exact(1, metric: .allocations, events: SyntheticResults.countedEvents)
        }

        let allocCheck = try check(evaluate(current), roundRobin, .allocationCeiling)

        XCTAssertEqual(allocCheck.status, .regressed)
        XCTAssertEqual(allocCheck.detail, "fixed allocs/event 1.00 > 0")
    }

    func testFixedAllocationsNotMeasured_isInconclusive() throws {
        let current = SyntheticResults.document(changing: roundRobin) { $0.fixed[.allocations] = nil }

        let allocCheck = try check(evaluate(current), roundRobin, .allocationCeiling)

        XCTAssertEqual(allocCheck.status, .inconclusive)
        XCTAssertEqual(allocCheck.detail, "fixed allocations not measured")
    }

    // MARK: - Exact metrics over a pinned workload

    private func changingFixed(_ id: String, _ metric: Metric, to value: Double) -> ResultsDocument {
        SyntheticResults.document(changing: id) {
            $0.fixed[metric] = .exact(value, metric: metric, events: SyntheticResults.countedEvents)
        }
    }

    func testOneReaddedLock_fifteenInstructionsPerEvent_regresses() throws {
        let drift = try check(
            evaluate(changingFixed(roundRobin, .instructions, to: 97)), roundRobin,
            .exactDrift(.instructions))

        XCTAssertEqual(drift.status, .regressed)
        XCTAssertEqual(drift.detail, "fixed instr/ev 82.0 → 97.0 (+15.0, allowed ±0.50)")
    }

    func testOneExtraCall_fiveInstructionsOnALargeCount_regresses() throws {
        // 2 % of 68 000 would have allowed 1 360: exact metrics have no relative slack.
        let current = SyntheticResults.document(changing: "lb.select.roundRobin.n1000") {
            $0.fixed[.instructions] = .exact(89, metric: .instructions, events: SyntheticResults.countedEvents)
        }

        XCTAssertEqual(
            try check(evaluate(current), "lb.select.roundRobin.n1000", .exactDrift(.instructions)).status, .regressed)
    }

    func testInstructionsBelowOnePerEvent_pass() throws {
        let drift = try check(
            evaluate(changingFixed(roundRobin, .instructions, to: 82.4)), roundRobin,
            .exactDrift(.instructions))

        XCTAssertEqual(drift.status, .pass)
    }

    func testOneAllocationPerEvent_regressesAllocationsAndBytes() throws {
        var current = changingFixed(scheduler, .allocations, to: 1)
        current.cases[3].floor.maxFixedAllocsPerEvent = 1
        current.cases[3].fixed[.bytes] = .exact(16, metric: .bytes, events: SyntheticResults.countedEvents)

        let report = try evaluate(current)

        XCTAssertEqual(try check(report, scheduler, .exactDrift(.allocations)).status, .regressed)
        XCTAssertEqual(
            try check(report, scheduler, .exactDrift(.bytes)).detail, "fixed bytes/ev 0 → 16.0 (+16.0, allowed ±0.50)")
    }

    func testInstructionDrop_isImprovedAndPasses() throws {
        let report = try evaluate(changingFixed(scheduler, .instructions, to: 300))

        XCTAssertEqual(try check(report, scheduler, .exactDrift(.instructions)).status, .improved)
        XCTAssertEqual(try verdict(report, scheduler).status, .improved)
        XCTAssertEqual(report.outcome, .pass)
    }

    func testAllocationsInBaselineButNotMeasured_isInconclusiveWithTheRunsReason() throws {
        var current = SyntheticResults.document(changing: roundRobin) { $0.fixed[.allocations] = nil }
        current.unavailable.append(
            UnavailableMetric(metric: Metric.allocations.id, reason: "jemalloc is not the process allocator"))

        let drift = try check(evaluate(current), roundRobin, .exactDrift(.allocations))

        XCTAssertEqual(drift.status, .inconclusive)
        XCTAssertEqual(
            drift.detail, "fixed allocs/ev in the baseline, not measured here: jemalloc is not the process allocator")
    }

    func testBaselineCountsInstructions_runCountsNone_isInconclusiveNeverNeutral() throws {
        var current = SyntheticResults.document(changing: roundRobin) { $0.fixed[.instructions] = nil }
        current.cases[1].unavailable.append(
            UnavailableMetric(metric: Metric.instructions.id, reason: "valgrind not found on PATH"))

        let report = try evaluate(current)

        let coverage = try check(report, roundRobin, .exactDrift(.instructions))
        XCTAssertEqual(coverage.status, .inconclusive)
        XCTAssertEqual(
            coverage.detail,
            "the baseline counts instructions (instructions); this run counted none of them: "
                + "instructions: valgrind not found on PATH")
        XCTAssertEqual(report.outcome, .inconclusive)
    }

    func testPerfInstructions_areGatedAgainstAPerfBaseline() throws {
        let perfInstructions = Metric.counter("instructions")
        var baseline = SyntheticResults.document()
        baseline.cases[1].fixed[perfInstructions] = MetricValue(value: 120, unit: perfInstructions.unit)
        var current = baseline
        current.cases[1].fixed[perfInstructions] = MetricValue(value: 135, unit: perfInstructions.unit)

        let drift = try check(evaluate(current, baseline: baseline), roundRobin, .exactDrift(perfInstructions))

        XCTAssertEqual(drift.status, .regressed)
    }

    func testDifferentCountedEvents_refusesTheComparison() {
        let current = SyntheticResults.document(changing: roundRobin) {
            $0.fixed[.instructions] = .exact(82, metric: .instructions, events: 100)
        }

        XCTAssertThrowsError(try evaluate(current)) { error in
            XCTAssertEqual(
                (error as? GateRefusal)?.description,
                "cannot compare lb.select.roundRobin.n100 fixed instructions: counted over 100 events here and "
                    + "400 events in the baseline (different workloads); compare runs of the same mode, or "
                    + "re-accept the baseline")
        }
    }

    // MARK: - The before must not move

    func testLegacyInstructionsDoubled_isBaselineMovedNotImproved() throws {
        let current = SyntheticResults.document(changing: roundRobin) {
            $0.legacy[.instructions] = .exact(14_000, metric: .instructions, events: SyntheticResults.countedEvents)
        }

        let report = try evaluate(current)

        let moved = try check(report, roundRobin, .legacyMoved(Metric.instructions.id))
        XCTAssertEqual(moved.status, .moved)
        XCTAssertEqual(
            moved.detail,
            "baseline moved: legacy changed: legacy instr/ev 7000 → 14000 (+7000, allowed ±0.50)")
        XCTAssertEqual(report.outcome, .baselineMoved)
    }

    func testLegacyInstructionsDropped_isAlsoBaselineMoved() throws {
        let current = SyntheticResults.document(changing: roundRobin) {
            $0.legacy[.instructions] = .exact(6_000, metric: .instructions, events: SyntheticResults.countedEvents)
        }

        XCTAssertEqual(try verdict(evaluate(current), roundRobin).status, .moved)
    }

    func testRegression_outranksBaselineMoved() throws {
        var current = changingFixed(roundRobin, .instructions, to: 200)
        current.cases[0].legacy[.instructions] = .exact(
            1_800, metric: .instructions, events: SyntheticResults.countedEvents)

        XCTAssertEqual(try evaluate(current).outcome, .regression)
    }

    // MARK: - Sampled figures, same host identity only

    private func withNoise(_ document: ResultsDocument, sd: Double) -> ResultsDocument {
        var noisy = document
        for index in noisy.cases.indices {
            noisy.cases[index].noise = CaseNoise(
                runs: 8,
                logSD: [
                    NoiseKey.time(.fixed): sd, NoiseKey.time(.legacy): sd, NoiseKey.ratio(.speedup): sd,
                ])
        }
        return noisy
    }

    private func fixedTime(_ ns: Double, spread: Double = 0.05) -> ResultsDocument {
        SyntheticResults.document(changing: roundRobin) { result in
            let side = SyntheticResults.side(ns: ns, allocs: nil, bytes: nil, spread: spread)
            result.fixed.rounds = side.rounds
            result.fixed[.time] = side[.time]
        }
    }

    func testFixedTime15PercentSlower_withQuietNoise_regresses() throws {
        // sd 0.02 → band max(5 %, 6 × 0.02) = 12.7 %; the whole interval of the median sits above it.
        let drift = try check(
            evaluate(fixedTime(24.15, spread: 0.02), baseline: withNoise(SyntheticResults.document(), sd: 0.02)),
            roundRobin, .sampledDrift(NoiseKey.time(.fixed)))

        XCTAssertEqual(drift.status, .regressed)
        XCTAssertTrue(drift.detail.hasPrefix("fixed.time 21.0 → 24.1 (+15.0%, interval [24.0, 24.3]"), drift.detail)
        XCTAssertTrue(
            drift.detail.hasSuffix(
                "band [-11.3%, +12.7%] from 6.00×sd of 8 A/A runs moderated toward the catalog's 0.02)"),
            drift.detail)
    }

    func testFixedTime5PercentSlower_withQuietNoise_passes() throws {
        let drift = try check(
            evaluate(fixedTime(22.05, spread: 0.02), baseline: withNoise(SyntheticResults.document(), sd: 0.02)),
            roundRobin, .sampledDrift(NoiseKey.time(.fixed)))

        XCTAssertEqual(drift.status, .pass)
    }

    func testFixedTimeMedianBeyondBand_intervalReachingIn_isTooNoisy() throws {
        let drift = try check(
            evaluate(fixedTime(24.15, spread: 0.4), baseline: withNoise(SyntheticResults.document(), sd: 0.02)),
            roundRobin, .sampledDrift(NoiseKey.time(.fixed)))

        XCTAssertEqual(drift.status, .inconclusive)
        XCTAssertTrue(drift.tooNoisy)
    }

    func testNoisyCase_getsAWiderBand() throws {
        // sd 0.1 → band 6 × 0.1 = 82 %: a 15 % move is within this case's own noise.
        let drift = try check(
            evaluate(fixedTime(24.15, spread: 0.02), baseline: withNoise(SyntheticResults.document(), sd: 0.1)),
            roundRobin, .sampledDrift(NoiseKey.time(.fixed)))

        XCTAssertEqual(drift.status, .pass)
    }

    func testBaselineWithoutNoise_usesTheFallbackBand() throws {
        let report = try evaluate(fixedTime(35, spread: 0.02))

        let drift = try check(report, roundRobin, .sampledDrift(NoiseKey.time(.fixed)))
        XCTAssertEqual(drift.status, .regressed)
        XCTAssertTrue(drift.detail.hasSuffix("band [-33.3%, +50.0%] from no noise recorded)"), drift.detail)
    }

    func testSpeedupFallBeyondBand_regresses() throws {
        let current = SyntheticResults.document(changing: roundRobin) {
            $0.speedup = SyntheticResults.speedup(55, halfWidth: 0.03)
        }

        let drift = try check(
            evaluate(current, baseline: withNoise(SyntheticResults.document(), sd: 0.02)), roundRobin,
            .sampledDrift(NoiseKey.ratio(.speedup)))

        XCTAssertEqual(drift.status, .regressed)
    }

    func testSpeedupRiseBeyondBand_isImproved() throws {
        let current = SyntheticResults.document(changing: roundRobin) { $0.speedup = SyntheticResults.speedup(120) }

        XCTAssertEqual(
            try check(evaluate(current), roundRobin, .sampledDrift(NoiseKey.ratio(.speedup))).status, .improved)
    }

    func testOtherHostIdentity_judgesNoTimesAndSaysWhich() throws {
        var current = fixedTime(300)
        current.host.identity?.family = 0x19
        current.host.identity?.megahertz = 2450

        let report = try evaluate(current)

        XCTAssertEqual(try check(report, roundRobin, .sampledDrift(NoiseKey.time(.fixed))).status, .notApplicable)
        XCTAssertEqual(try check(report, roundRobin, .sampledDrift(NoiseKey.ratio(.speedup))).status, .notApplicable)
        XCTAssertEqual(report.outcome, .pass)
        XCTAssertEqual(
            report.notes,
            [
                "host identity differs (cpu family 0x19 vs 0x1a, frequency 2450 MHz vs 2600 MHz): times and ratio "
                    + "drift not judged; floors and exact counts are"
            ])
    }

    func testCaseThatDoesNotJudgeTime_hasNoTimeVerdict() throws {
        var current = fixedTime(300)
        current.cases[1].tolerance = CaseTolerance(judgesTimeDrift: false, reason: "two threads on two vCPUs")

        XCTAssertEqual(
            try check(evaluate(current), roundRobin, .sampledDrift(NoiseKey.time(.fixed))).status, .notApplicable)
    }

    func testLegacyTimeMoved_onTheSameHostWithoutExactInstructions_isBaselineMoved() throws {
        let current = SyntheticResults.document(changing: roundRobin) { result in
            let side = SyntheticResults.side(ns: 3000, allocs: nil, bytes: nil, spread: 0.02)
            result.legacy.rounds = side.rounds
            result.legacy[.time] = side[.time]
            result.legacy[.instructions] = nil
        }
        let baseline = SyntheticResults.document(changing: roundRobin) { $0.legacy[.instructions] = nil }

        let report = try evaluate(current, baseline: withNoise(baseline, sd: 0.02))

        XCTAssertEqual(try check(report, roundRobin, .legacyMoved(Metric.time.id)).status, .moved)
        XCTAssertEqual(GateRule.legacyMoved(Metric.time.id).description, "legacy.time")
        XCTAssertEqual(report.outcome, .baselineMoved)
    }

    /// With legacy's instructions counted exactly in both runs, they decide: legacy's time moving
    /// alone (a slow side's time shifts between processes of one binary) is reported, not judged.
    func testLegacyTimeMovedAlone_whenExactInstructionsAgree_isNotJudged() throws {
        let current = SyntheticResults.document(changing: roundRobin) { result in
            let side = SyntheticResults.side(ns: 3000, allocs: nil, bytes: nil, spread: 0.02)
            result.legacy.rounds = side.rounds
            result.legacy[.time] = side[.time]
        }

        let report = try evaluate(current, baseline: withNoise(SyntheticResults.document(), sd: 0.02))

        let moved = try check(report, roundRobin, .legacyMoved(Metric.time.id))
        XCTAssertEqual(moved.status, .notApplicable)
        XCTAssertTrue(moved.detail.hasPrefix("not judged: legacy's exact instructions decide"), moved.detail)
        XCTAssertEqual(try check(report, roundRobin, .legacyMoved(Metric.instructions.id)).status, .pass)
        XCTAssertNotEqual(report.outcome, .baselineMoved)
    }

    // MARK: - Presence and environment

    func testNewCase_passesWithNote() throws {
        var current = SyntheticResults.document()
        current.cases.append(
            SyntheticResults.caseResult(
                "lb.select.random.n100", items: [149],
                legacy: SyntheticResults.side(ns: 90, allocs: 0, bytes: 0),
                fixed: SyntheticResults.side(ns: 30, allocs: 0, bytes: 0),
                speedup: SyntheticResults.speedup(3), minSpeedup: 2))

        let newVerdict = try verdict(evaluate(current), "lb.select.random.n100")

        XCTAssertEqual(newVerdict.status, .pass)
        XCTAssertEqual(newVerdict.notes, ["new case: only the fix-holds rules apply until a baseline includes it"])
    }

    func testBaselineCaseMissingFromFullRun_isInconclusive() throws {
        var current = SyntheticResults.document()
        current.cases.removeLast()

        let report = try evaluate(current)

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

        let report = try evaluate(current)

        XCTAssertEqual(try verdict(report, "lb.select.roundRobin.n1000").status, .skipped)
        XCTAssertEqual(report.outcome, .pass)
        XCTAssertTrue(report.notes.contains("quick run against a full baseline"))
    }

    func testDebugBuild_isAnEnvironmentIssueAndInconclusive() throws {
        var current = SyntheticResults.document()
        current.host.buildConfiguration = .debug

        let report = try evaluate(current)

        XCTAssertEqual(
            report.environmentIssues, ["current run is a debug build: its timings do not represent the runtime"])
        XCTAssertEqual(report.outcome, .inconclusive)
    }

    func testRegression_outranksInconclusive() throws {
        var current = changingFixed(roundRobin, .allocations, to: 3)
        current.cases[0].speedup = nil

        XCTAssertEqual(try evaluate(current).outcome, .regression)
    }

    func testFloorChangedSinceBaseline_isNoted() throws {
        let current = SyntheticResults.document(changing: roundRobin) { $0.floor.minSpeedup = 5 }

        let notes = try verdict(evaluate(current), roundRobin).notes

        XCTAssertEqual(notes, ["floor changed since the baseline: speedup ≥ 3.00 → 5.00, allocs ≤ 0 → 0"])
    }
}
