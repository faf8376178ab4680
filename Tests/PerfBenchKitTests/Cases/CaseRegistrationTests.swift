import PerfBenchKit
import XCTest

final class CaseRegistrationTests: XCTestCase {
    private let catalog = CaseCatalog.standard

    func testEveryAuditItemIsCoveredByAtLeastOneCase() {
        let covered = Set(catalog.cases.flatMap(\.auditItems))

        let missing = CaseCatalog.auditItems.filter { !covered.contains($0) }

        XCTAssertEqual(missing, [], "audit items without a case")
    }

    func testCaseIDsAreUniqueAndWellFormed() {
        let ids = catalog.cases.map(\.id.description)

        XCTAssertEqual(
            Set(ids).count, ids.count, "duplicate ids: \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
        for id in ids {
            XCTAssertEqual(CaseID(id)?.description, id, "\(id) does not round-trip through CaseID")
        }
    }

    func testItemsStayWithinTheAudit() {
        for benchCase in catalog.cases {
            XCTAssertTrue(benchCase.auditItems.allSatisfy(CaseCatalog.auditItems.contains), "\(benchCase.id)")
        }
    }

    func testOnlyTheHarnessOverheadCaseHasNoItems() {
        let itemless = catalog.cases.filter(\.auditItems.isEmpty).map(\.id.description)

        XCTAssertEqual(itemless, ["harness.overhead.empty.n1"])
    }

    func testHotPathCasesPromiseZeroFixedAllocations() {
        let hot = catalog.cases.filter {
            $0.id.operation == "select" || $0.id.operation == "pickBest"
                || $0.id.operation == "originHash"
        }

        XCTAssertFalse(hot.isEmpty)
        for benchCase in hot {
            XCTAssertEqual(benchCase.floor.maxFixedAllocsPerEvent, 0, "\(benchCase.id)")
        }
    }

    func testUpstreamShapesAreRegisteredUnderTheirPublishedNames() {
        let upstream = Set(catalog.cases.compactMap(\.upstreamName))

        for name in [
            "lb_strategies/round_robin", "lb_strategies/consistent_hash", "lb_scaling/select/10",
            "lb_scaling/select/50", "lb_scaling/select/100", "lb_scaling/select/500",
            "lb_zone_aware/zone_match", "lb_zone_aware/zone_fallback",
            "lb_health_updates/update_health", "lb_health_updates/update_metrics",
        ] {
            XCTAssertTrue(upstream.contains(name), name)
        }
    }

    func testSweepsCoverTheRequestedSizes() {
        let ids = Set(catalog.cases.map(\.id.description))

        for strategy in ["roundRobin", "leastLatency", "weightedRoundRobin", "consistentHash"] {
            for size in [10, 100, 1000] {
                XCTAssertTrue(ids.contains("lb.select.\(strategy).n\(size)"), "\(strategy) n\(size)")
            }
        }
        for size in [10, 100, 1000] {
            XCTAssertTrue(ids.contains("sched.pickBest.hashedScores.n\(size)"))
        }
        for size in [10, 100] {
            XCTAssertTrue(ids.contains("group.route.selectLookup.n\(size)"))
        }
        XCTAssertTrue(ids.contains("daemon.deliver.noOutput.o1"))
        XCTAssertTrue(ids.contains("daemon.deliver.noOutput.o16"))
    }

    func testDefaultsLieWithinDeclaredRanges() throws {
        for benchCase in catalog.cases {
            let resolved = try benchCase.resolve([])
            for parameter in benchCase.parameters {
                XCTAssertEqual(resolved[parameter.name], parameter.defaultValue, "\(benchCase.id) \(parameter.name)")
            }
        }
    }
}
