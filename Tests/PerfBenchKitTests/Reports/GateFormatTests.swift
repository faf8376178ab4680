import PerfBenchKit
import XCTest

final class GateFormatTests: XCTestCase {
    func testEachFormat_rendersWithItsRenderer() {
        let report = SampleGateReport.report

        XCTAssertEqual(GateFormat.text.render(report), GateSummary.render(report, format: .text))
        XCTAssertEqual(GateFormat.markdown.render(report), GateSummary.render(report, format: .markdown))
        XCTAssertEqual(GateFormat.junit.render(report), GateJUnit.render(report))
        XCTAssertEqual(GateFormat.json.render(report), GateJSON.render(report))
    }

    func testOnlyTheFormatsPeopleRead_haveASummaryFormat() {
        XCTAssertEqual(GateFormat.allCases.map(\.summaryFormat), [.text, .markdown, nil, nil])
        XCTAssertEqual(GateFormat.allCases.map(\.rawValue), ["text", "markdown", "junit", "json"])
    }
}
