import Foundation
import PerfBenchKit
import XCTest

final class ResultsReportTests: XCTestCase {
    func testMarkdownReport_matchesSnapshots() throws {
        let bundle = ResultsReport.render(SyntheticResults.document(), format: .markdown)

        XCTAssertEqual(
            bundle.files.map(\.name), ["REPORT.md", "speedup-by-item.svg", "sweep-lb.select.roundRobin.svg"])
        for file in bundle.files {
            assertSnapshot(file.contents, named: "report-\(file.name)")
        }
    }

    func testMarkdownReport_referencesEveryChartItBundles() {
        let bundle = ResultsReport.render(SyntheticResults.document(), format: .markdown)

        for chart in bundle.files.dropFirst() {
            XCTAssertTrue(bundle.primary.contains("](\(chart.name))"), chart.name)
        }
    }

    func testMarkdownWithoutChartFiles_isOneSelfContainedFile() {
        let bundle = ResultsReport.render(SyntheticResults.document(), format: .markdown, includeChartFiles: false)

        XCTAssertEqual(bundle.files.map(\.name), ["REPORT.md"])
        XCTAssertFalse(bundle.primary.contains(".svg"))
    }

    func testHTMLReport_inlinesTheChartsAndMatchesSnapshot() {
        let bundle = ResultsReport.render(SyntheticResults.document(), format: .html)

        XCTAssertEqual(bundle.files.map(\.name), ["report.html"])
        XCTAssertEqual(bundle.primary.components(separatedBy: "<svg ").count - 1, 2)
        assertSnapshot(bundle.primary, named: "report.html")
    }

    func testWrite_createsTheDirectoryAndEveryFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("perfbench-report-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let bundle = ResultsReport.render(SyntheticResults.document(), format: .markdown)

        let written = try bundle.write(to: directory.path)

        XCTAssertEqual(written.map { URL(fileURLWithPath: $0).lastPathComponent }, bundle.files.map(\.name))
        XCTAssertEqual(
            try String(contentsOf: directory.appendingPathComponent("REPORT.md"), encoding: .utf8), bundle.primary)
    }

    func testItemWithAFailedFloor_saysTheFixDoesNotHold() {
        let document = SyntheticResults.document(changing: "sched.submit.fifo.n100") {
            $0.speedup = SyntheticResults.speedup(1.2)
        }

        let markdown = ResultsReport.render(document, format: .markdown).primary

        XCTAssertTrue(markdown.contains("| #151 | 1 | 0 | 1.20× | no | sched.submit.fifo.n100 |"), markdown)
    }

    func testItemATouchingCaseDoesNotIsolate_isNotCredited() {
        // sched.submit.fifo.n100 touches #152 without isolating it: #152 gets no speedup bar.
        let bundle = ResultsReport.render(SyntheticResults.document(), format: .markdown)

        XCTAssertTrue(bundle.primary.contains("| #152 | 0 | 1 | not isolated | yes |  |"), bundle.primary)
        let chart = bundle.files.first { $0.name == ResultsReport.speedupChartName }?.contents ?? ""
        XCTAssertTrue(chart.contains(">#151<"), chart)
        XCTAssertFalse(chart.contains(">#152<"), chart)
    }

    func testSweepWithoutTimes_plotsInstructionsInstead() throws {
        var document = SyntheticResults.document()
        for index in document.cases.indices {
            document.cases[index].legacy[.time] = nil
            document.cases[index].fixed[.time] = nil
        }

        let bundle = ResultsReport.render(document, format: .markdown)

        let chart = try XCTUnwrap(bundle.files.first { $0.name == "sweep-lb.select.roundRobin.svg" })
        XCTAssertTrue(chart.contents.contains("<title>lb.select.roundRobin: instructions/event by n</title>"))
        XCTAssertTrue(bundle.primary.contains("| n | Legacy instructions/event | Fixed instructions/event | Speedup |"))
        XCTAssertEqual(chart.contents.components(separatedBy: "<circle ").count - 1, 6)
    }
}
