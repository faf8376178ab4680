import Foundation
import PerfBenchKit
import XCTest

#if canImport(FoundationXML)
    import FoundationXML
#endif

final class HistoryReportTests: XCTestCase {
    /// Ten commits: instructions step +50 at the eighth, time and speedup flat.
    private func analysis() throws -> HistoryAnalysis {
        let instructions = (0..<10).map { $0 < 7 ? 82.0 : 132 }
        let times = [21.0, 21.3, 20.8, 21.1, 20.9, 21.2, 21.0, 21.1, 20.9, 21.2]
        let speedups = [70.0, 71, 69, 70.5, 69.5, 70, 70.2, 69.8, 70.1, 69.9]
        return try HistoryAnalysis(
            entries: SyntheticHistory.entries(times: times, instructions: instructions, speedups: speedups))
    }

    func testText_matchesSnapshot() throws {
        assertSnapshot(HistoryReport.render(try analysis(), format: .text), named: "history.txt")
    }

    func testMarkdown_matchesSnapshot() throws {
        assertSnapshot(
            HistoryReport.render(try analysis(), format: .markdown, chartLinks: true), named: "history.md")
    }

    func testText_namesTheStepItsCommitAndTheVerdict() throws {
        let text = HistoryReport.render(try analysis(), format: .text)

        XCTAssertTrue(text.hasPrefix("perfbench history: REGRESSION, 10 runs"), text)
        let step = try XCTUnwrap(text.split(separator: "\n").first { $0.contains("fixed instr/ev  c0000a7") })
        XCTAssertTrue(step.contains("+50.0 (+61.0%)"), String(step))
        XCTAssertTrue(step.contains("82.0 → 132"), String(step))
        XCTAssertTrue(step.contains("newest: REGRESSION (allowed ±0.50)"), String(step))
    }

    func testChart_onePerCase_stacksTheHeadlineSeriesAndThoseWithASteps() throws {
        let charts = HistoryReport.charts(try analysis())

        XCTAssertEqual(charts.map(\.name), ["lb.select.roundRobin.n100.svg"])
        let svg = try XCTUnwrap(charts.first?.contents)
        let document = try XMLDocument(xmlString: svg, options: [])
        let titles = try document.nodes(forXPath: "//*[local-name()='g']/*[local-name()='text'][1]")
            .compactMap(\.stringValue)
        XCTAssertEqual(
            titles,
            [
                "lb.select.roundRobin.n100: fixed ns/ev", "lb.select.roundRobin.n100: fixed instr/ev",
                "lb.select.roundRobin.n100: speedup",
            ])
        XCTAssertEqual(try document.nodes(forXPath: "//*[local-name()='circle']").count, 30)
        XCTAssertTrue(svg.contains("1: +61.0% at c0000a7"), svg)
    }

    func testBundle_isHistoryMarkdownAndTheCharts() throws {
        let bundle = HistoryReport.bundle(try analysis())

        XCTAssertEqual(bundle.files.map(\.name), ["HISTORY.md", "lb.select.roundRobin.n100.svg"])
        XCTAssertTrue(bundle.primary.contains("![lb.select.roundRobin.n100](lb.select.roundRobin.n100.svg)"))
    }
}
