import PerfBenchKit
import XCTest

/// Reports and the run table show the limit kernel beside the runtimes when a run measured one.
final class LimitReportTests: XCTestCase {
    /// The synthetic document with a limit side (10 ns, no allocations) and fixed/limit on every
    /// round-robin case.
    private func documentWithLimits() -> ResultsDocument {
        var document = SyntheticResults.document()
        for index in document.cases.indices where document.cases[index].id.hasPrefix("lb.select.roundRobin") {
            document.cases[index].limit = SyntheticResults.side(ns: 10, allocs: 0, bytes: 0, instructions: 30)
            document.cases[index].ratios[Metric.limitRatio.id] = SyntheticResults.speedup(2.2)
        }
        return document
    }

    func testMarkdownShowsTheLimitBesideTheSpeedupAndExplainsIt() {
        let markdown = ResultsReport.render(documentWithLimits(), format: .markdown).primary

        XCTAssertTrue(markdown.contains("| Limit ns/event | Speedup [CI] | Fixed/limit [CI] |"), markdown)
        XCTAssertTrue(markdown.contains("| Limit allocations/event |"), markdown)
        XCTAssertTrue(markdown.contains("| 20.0 | 10.0 | 10.0× [9.00, 11.0] | 2.20× [1.98, 2.42] |"), markdown)
        XCTAssertTrue(markdown.contains("Fixed/limit is fixed time over the limit kernel's time"), markdown)
        XCTAssertTrue(
            markdown.contains("| n | Legacy ns/event | Fixed ns/event | Limit ns/event | Speedup | Fixed/limit |"))
    }

    func testSweepChartDrawsTheLimitSeries() throws {
        let bundle = ResultsReport.render(documentWithLimits(), format: .markdown)
        let chart = try XCTUnwrap(bundle.files.first { $0.name == "sweep-lb.select.roundRobin.svg" })

        XCTAssertTrue(chart.contents.contains(">limit<"), chart.contents)
    }

    func testReportWithoutLimitsHasNoLimitColumns() {
        let markdown = ResultsReport.render(SyntheticResults.document(), format: .markdown).primary

        XCTAssertFalse(markdown.contains("Fixed/limit"))
        XCTAssertFalse(markdown.contains("Limit ns/event"))
    }

    func testRunTableShowsLimitTimeRatioAndExactFigures() {
        let table = RunTable.render(documentWithLimits())

        XCTAssertTrue(table.contains("limit ns/ev"), table)
        XCTAssertTrue(table.contains("fixed/limit [95% ci]"), table)
        XCTAssertTrue(table.contains("instr/ev L → F → lim"), table)
        XCTAssertTrue(table.contains("900 → 80 → 30"), table)
    }
}
