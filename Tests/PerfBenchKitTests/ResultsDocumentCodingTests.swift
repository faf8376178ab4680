import Foundation
import PerfBenchKit
import XCTest

final class ResultsDocumentCodingTests: XCTestCase {
    func testSchemaIdentifierIsVersionOne() {
        XCTAssertEqual(ResultsDocument.currentSchema, "perfbench.results/1")
    }
}
