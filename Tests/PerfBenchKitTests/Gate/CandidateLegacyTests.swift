import PerfBenchKit
import XCTest

final class CandidateLegacyTests: XCTestCase {
    private let legacyGate = Gate(candidate: .legacy)

    func testCandidateLegacy_flagsEveryItemWhoseFixMatters() throws {
        let document = SyntheticResults.document()

        let report = try legacyGate.evaluate(current: document, baseline: document)

        // #148 and #151/#152 have floors above 1 and legacy allocations; #160's fix changes neither.
        XCTAssertEqual(report.regressedItems, [148, 151, 152])
        XCTAssertEqual(report.outcome, .regression)
    }

    func testCandidateLegacy_passesACaseWhoseFixChangesNeitherSpeedNorAllocations() throws {
        let document = SyntheticResults.document()

        let report = try legacyGate.evaluate(current: document, baseline: document)

        let chain = try XCTUnwrap(report.verdicts.first { $0.caseID == "chain.append.single.n1" })
        XCTAssertEqual(chain.status, .pass, "\(chain.checks)")
    }

    func testCandidateLegacy_speedupIsTheSelfRatioOfOne() throws {
        let document = SyntheticResults.document()

        let report = try legacyGate.evaluate(current: document, baseline: document)

        let verdict = try XCTUnwrap(report.verdicts.first { $0.caseID == "sched.submit.fifo.n100" })
        let floorCheck = try XCTUnwrap(verdict.checks.first { $0.rule == .speedupFloor })
        XCTAssertEqual(floorCheck.status, .regressed)
        XCTAssertEqual(floorCheck.detail, "ci_low 1.00 (median 1.00) < floor 1.50")
    }

    func testCandidateLegacy_judgesLegacyAllocationsAgainstTheCeiling() throws {
        let document = SyntheticResults.document()

        let report = try legacyGate.evaluate(current: document, baseline: document)

        let verdict = try XCTUnwrap(report.verdicts.first { $0.caseID == "lb.select.roundRobin.n10" })
        let allocCheck = try XCTUnwrap(verdict.checks.first { $0.rule == .allocationCeiling })
        XCTAssertEqual(allocCheck.detail, "legacy allocs/event 2.00 > 0")
        XCTAssertEqual(allocCheck.status, .regressed)
    }

    func testCandidateLegacy_driftComparesLegacyWithTheBaselinesFixedFigures() throws {
        let document = SyntheticResults.document()

        let report = try legacyGate.evaluate(current: document, baseline: document)

        let verdict = try XCTUnwrap(report.verdicts.first { $0.caseID == "lb.select.roundRobin.n100" })
        let bytes = try XCTUnwrap(verdict.checks.first { $0.rule == .exactDrift(.bytes) })
        XCTAssertEqual(bytes.detail, "legacy bytes/ev 0 → 960 (+960, allowed ±0.50)")
        XCTAssertEqual(bytes.status, .regressed)
        XCTAssertEqual(
            verdict.checks.first { $0.rule == .sampledDrift(NoiseKey.time(.fixed)) }?.status, .regressed)
        XCTAssertFalse(verdict.checks.contains { if case .legacyMoved = $0.rule { true } else { false } })
    }

    func testCandidateLegacy_isAnnouncedInTheReportNotes() throws {
        let document = SyntheticResults.document()

        let report = try legacyGate.evaluate(current: document, baseline: document)

        XCTAssertEqual(report.candidate, .legacy)
        XCTAssertEqual(
            report.notes.first,
            "candidate legacy: the legacy numbers are judged as if they were the fix (gate self-test)")
    }
}
