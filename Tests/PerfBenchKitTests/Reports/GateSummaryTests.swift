import PerfBenchKit
import XCTest

final class GateSummaryTests: XCTestCase {
    /// One case per verdict: regressed (two rules), inconclusive, improved, pass, and a new case.
    private func mixedReport() throws -> GateReport {
        var current = SyntheticResults.document()
        current.cases[1].speedup = SyntheticResults.speedup(2.5)
        current.cases[1].fixed[.allocations] = .exact(1, metric: .allocations, events: SyntheticResults.countedEvents)
        current.cases[3].speedup = nil
        current.cases[4].fixed[.instructions] = .exact(
            150, metric: .instructions, events: SyntheticResults.countedEvents)
        current.cases.remove(at: 2)
        current.cases.append(
            SyntheticResults.caseResult(
                "lb.select.random.n100", items: [149],
                legacy: SyntheticResults.side(ns: 90, allocs: 0, bytes: 0),
                fixed: SyntheticResults.side(ns: 30, allocs: 0, bytes: 0),
                speedup: SyntheticResults.speedup(3),
                minSpeedup: 2))
        return try Gate().evaluate(current: current, baseline: SyntheticResults.document())
    }

    func testTextSummary_matchesSnapshot() throws {
        assertSnapshot(GateSummary.render(try mixedReport(), format: .text), named: "gate-summary.txt")
    }

    func testMarkdownSummary_matchesSnapshot() throws {
        assertSnapshot(GateSummary.render(try mixedReport(), format: .markdown), named: "gate-summary.md")
    }

    func testTextSummary_firstLineGivesOutcomeAndCounts() throws {
        let firstLine = try XCTUnwrap(GateSummary.render(try mixedReport(), format: .text).split(separator: "\n").first)

        XCTAssertEqual(
            firstLine,
            "perfbench check: REGRESSION (candidate fixed), 6 cases: 1 regressed, 2 inconclusive, 1 improved, 2 pass")
    }

    func testCandidateLegacySummary_listsTheRegressedItems() throws {
        let document = SyntheticResults.document()
        let report = try Gate(candidate: .legacy).evaluate(current: document, baseline: document)

        let text = GateSummary.render(report, format: .text)

        XCTAssertTrue(text.contains("\nregressed audit items: #148 #151 #152\n"), text)
    }
}
