import XCTest

@testable import PerfBenchKit

final class CallgrindLabelTests: XCTestCase {
    func testEverySideOfACaseGetsItsOwnDumpLabel() throws {
        let id = "lb.select.roundRobin.n10"
        let benchCase = try XCTUnwrap(CaseCatalog.standard.cases.first { $0.id.description == id })

        let labels = benchCase.sides.map { CallgrindEngine.label(caseID: id, side: $0, events: 400) }

        XCTAssertEqual(
            labels,
            [
                "perfbench|lb.select.roundRobin.n10|legacy|400", "perfbench|lb.select.roundRobin.n10|fixed|400",
                "perfbench|lb.select.roundRobin.n10|limit|400",
            ])
    }
}
