import PerfBenchKit
import XCTest

final class ExportDocumentTests: XCTestCase {
    private func error(rendering rows: [ExportRow]) -> String? {
        do {
            _ = try ExportFormat.csv.render(ExportDocument(rows: rows))
            return nil
        } catch {
            return "\(error)"
        }
    }

    func testNonFiniteValue_isRejectedNamingTheRow() {
        let row = SampleExport.row("a.b.c.n1", .fixed, "time", .nanosecondsPerEvent, .infinity)

        XCTAssertEqual(error(rendering: [row]), "a.b.c.n1 time: value inf is not a finite number")
    }

    func testInvertedInterval_isRejected() {
        let row = SampleExport.row("a.b.c.n1", .fixed, "time", .nanosecondsPerEvent, 5, lower: 6, upper: 4)

        XCTAssertEqual(error(rendering: [row]), "a.b.c.n1 time: interval lower end 6.0 is above its upper end 4.0")
    }

    func testDuplicateRow_isRejected() {
        let row = SampleExport.row("a.b.c.n1", .fixed, "bytes", .bytesPerEvent, 8)

        XCTAssertEqual(
            error(rendering: [row, row]), "a.b.c.n1 fixed bytes: more than one row for this case, side and metric")
    }

    func testEveryFormat_rendersTheSample() throws {
        for format in ExportFormat.allCases {
            XCTAssertFalse(try format.render(SampleExport.document).isEmpty, format.rawValue)
        }
    }
}
