import PerfBenchKit
import XCTest

final class CSVExportTests: XCTestCase {
    func testSample_matchesSnapshot() throws {
        assertSnapshot(try CSVExport.render(SampleExport.document), named: "export.csv")
    }

    func testHeaderAndOneRecordPerRow_endInCRLF() throws {
        let csv = try CSVExport.render(SampleExport.document)

        let records = csv.components(separatedBy: "\r\n")
        XCTAssertEqual(records.first, "case,side,metric,unit,value,lower,upper,polarity,engine,host,commit")
        XCTAssertEqual(records.count, 1 + SampleExport.document.rows.count + 1)
        XCTAssertEqual(records.last, "")
    }

    func testRecord_quotesTheHostAndLeavesMissingFieldsEmpty() throws {
        let csv = try CSVExport.render(SampleExport.document)

        XCTAssertTrue(
            csv.contains(
                "lb.select.roundRobin.n100,legacy,allocations,allocations/event,2.0,,,lower_is_better,wall,"
                    + #""AMD EPYC 0x1A, 2 cores ""KVM\guest""",0123abc"# + "\r\n"), csv)
    }

    func testFields_areQuotedOnlyWhenRFC4180RequiresIt() {
        XCTAssertEqual(CSVExport.field("plain"), "plain")
        XCTAssertEqual(CSVExport.field("a,b"), "\"a,b\"")
        XCTAssertEqual(CSVExport.field("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(CSVExport.field("two\nlines"), "\"two\nlines\"")
        XCTAssertEqual(CSVExport.field("crlf\r\nend"), "\"crlf\r\nend\"")
    }
}
