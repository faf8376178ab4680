import PerfBenchKit
import XCTest

final class LayoutSensitiveCasesTests: XCTestCase {
    func testListedCasesKeepTheirFloorAndStopJudgingTimeDrift() throws {
        let catalog = CaseCatalog.standard
        let healthy = try XCTUnwrap(catalog.cases.first { $0.id.description == "group.healthyCount.scan.n100" })

        let tolerance = try XCTUnwrap(healthy.tolerance)
        XCTAssertFalse(tolerance.judgesTimeDrift)
        XCTAssertTrue(tolerance.reason.hasPrefix("code placement: five link orders"), tolerance.reason)
        XCTAssertGreaterThan(healthy.floor.minSpeedup, 1, "the floor still holds the fix")
    }

    func testEveryListedIdIsInTheCatalog() {
        let ids = Set(CaseCatalog.standard.cases.map(\.id.description))
        let notJudging = CaseCatalog.standard.cases.filter { $0.tolerance?.reason.hasPrefix("code placement") == true }

        XCTAssertEqual(notJudging.count, 5, "a renamed case would silently drop out of the table")
        XCTAssertTrue(notJudging.allSatisfy { ids.contains($0.id.description) })
    }

    func testAnUnlistedCaseKeepsTheDefaults() throws {
        let roundRobin = try XCTUnwrap(
            CaseCatalog.standard.cases.first { $0.id.description == "lb.select.roundRobin.n100" })

        XCTAssertNil(roundRobin.tolerance)
    }
}
