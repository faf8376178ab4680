import PerfBenchKit
import XCTest

/// `group.healthyCount.scan.n100` runs at a speed its code placement sets (Gate.md): it must keep
/// its floor and exact counts while its time drift is not judged.
final class PlacementToleranceTests: XCTestCase {
    func testHealthyCountKeepsItsFloorAndStopsJudgingTimeDrift() throws {
        let healthy = try XCTUnwrap(
            CaseCatalog.standard.cases.first { $0.id.description == "group.healthyCount.scan.n100" })

        let tolerance = try XCTUnwrap(healthy.tolerance)
        XCTAssertFalse(tolerance.judgesTimeDrift)
        XCTAssertTrue(tolerance.reason.hasPrefix("code placement: five link orders"), tolerance.reason)
        XCTAssertTrue(tolerance.growth.isEmpty, "exact counts keep the default limits")
        XCTAssertEqual(healthy.floor.minSpeedup, 5)
    }
}
