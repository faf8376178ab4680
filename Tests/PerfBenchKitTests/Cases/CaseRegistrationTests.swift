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
            $0.id.operation.hasPrefix("select") || $0.id.operation == "pickBest"
                || $0.id.operation == "originHash" || $0.id.operation == "step"
        }

        XCTAssertFalse(hot.isEmpty)
        for benchCase in hot where !benchCase.isMultithreaded {
            XCTAssertEqual(benchCase.floor.maxFixedAllocsPerEvent, 0, "\(benchCase.id)")
        }
        // Two threads: at most each thread's one-off filter scratch per batch, never one per select.
        for benchCase in hot where benchCase.isMultithreaded {
            XCTAssertLessThan(benchCase.floor.maxFixedAllocsPerEvent, 0.01, "\(benchCase.id)")
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
            XCTAssertTrue(ids.contains("group.route.routeEvent.n\(size)"))
        }
        for strategy in ["roundRobin", "consistentHash", "leastLatency"] {
            for blocker in ["oneUnhealthy", "oneAtCap", "halfTagged"] {
                for size in [10, 100, 1000] + (strategy == "roundRobin" ? [5000] : []) {
                    XCTAssertTrue(ids.contains("lb.selectFiltered.\(strategy)_\(blocker).n\(size)"))
                }
            }
        }
        for size in [10, 100, 1000, 5000] {
            XCTAssertTrue(ids.contains("lb.update.health.n\(size)"))
            XCTAssertTrue(ids.contains("lb.update.metrics.n\(size)"))
        }
        XCTAssertTrue(ids.contains("daemon.deliver.noOutput.o1"))
        XCTAssertTrue(ids.contains("daemon.deliver.noOutput.o16"))
    }

    /// A size part with a number shows a parameter (so `--set` renames the case), except the
    /// upstream shapes, which have none, and the harness's, whose number is not a parameter.
    func testNumberedSizesFollowAParameter() {
        for benchCase in catalog.cases where !benchCase.parameters.isEmpty && benchCase.id.component != "harness" {
            XCTAssertNotNil(benchCase.sizeParameter, "\(benchCase.id)")
        }
    }

    /// Whole-select cases do not credit the items of one step (#155) or of an order (#168); one
    /// case never credits both #150 and #169; items with no cost of their own are credited nowhere.
    func testItemsAreCreditedOnlyWhereACaseIsolatesThem() {
        let wholeSelect = catalog.cases.filter { $0.id.operation.hasPrefix("select") }
        XCTAssertFalse(wholeSelect.isEmpty)
        for benchCase in wholeSelect {
            XCTAssertFalse(benchCase.isolatedItems.contains(155), "\(benchCase.id) credits #155")
            XCTAssertFalse(benchCase.isolatedItems.contains(168), "\(benchCase.id) credits #168")
        }
        for benchCase in catalog.cases {
            XCTAssertFalse(Set([150, 169]).isSubset(of: benchCase.isolatedItems), "\(benchCase.id)")
            for item in CaseCatalog.itemsWithoutOwnCost.keys {
                XCTAssertFalse(benchCase.isolatedItems.contains(item), "\(benchCase.id) credits #\(item)")
            }
        }
        let isolated = Set(catalog.cases.flatMap(\.isolatedItems))
        for item in [148, 149, 150, 152, 155, 158, 163] {
            XCTAssertTrue(isolated.contains(item), "no case isolates #\(item)")
        }
    }

    /// The callgrind pass counts a weighted rotation, and caps a slow legacy side with a note.
    func testCallgrindCountsCoverTheSteadyStateAndCapSlowLegacySides() throws {
        let rotation = try XCTUnwrap(catalog.cases.first { $0.id.description == "lb.select.weightedRoundRobin.n1000" })
        let parameters = try rotation.resolve([])
        let large = try rotation.resolve([ParameterOverride(name: "endpoints", value: 100_000)])

        let fixedEvents = rotation.callgrindEvents(for: .fixed, parameters: parameters)
        let legacyEvents = rotation.callgrindEvents(for: .legacy, parameters: large)

        XCTAssertEqual(fixedEvents, (0..<1000).reduce(0) { $0 + 4 + $1 % 7 }, "one rotation of the wheel")
        XCTAssertLessThan(legacyEvents, rotation.callgrindEvents(for: .fixed, parameters: large))
        XCTAssertGreaterThanOrEqual(legacyEvents, CountBudget.minimumEvents)
        XCTAssertNotNil(rotation.callgrindCountNote(parameters: large))
        XCTAssertLessThan(rotation.exactPassEvents(2_000, parameters: large), 2_000)
        XCTAssertEqual(
            rotation.exactPassNotes(parameters: large, digestEvents: 2_000, allocationEvents: 1_000).count, 2)
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
