import PerfBenchKit
import XCTest

final class CaseSelectionTests: XCTestCase {
    private let catalog = CaseCatalog.standard

    func testOverrideParsesNameAndValue() throws {
        let override = try ParameterOverride(parsing: "endpoints=5000")

        XCTAssertEqual(override, ParameterOverride(name: "endpoints", value: 5000))
    }

    func testOverrideWithoutEqualsIsMalformed() {
        XCTAssertThrowsError(try ParameterOverride(parsing: "endpoints")) { error in
            XCTAssertEqual("\(error)", "--set 'endpoints': expected name=value")
        }
    }

    func testOverrideWithNonIntegerValueIsMalformed() {
        XCTAssertThrowsError(try ParameterOverride(parsing: "endpoints=lots")) { error in
            XCTAssertEqual("\(error)", "--set 'endpoints=lots': 'lots' is not an integer")
        }
    }

    func testOverrideWithBadNameIsMalformed() {
        XCTAssertThrowsError(try ParameterOverride(parsing: "9x=1")) { error in
            XCTAssertEqual("\(error)", "--set '9x=1': '9x' is not a parameter name")
        }
    }

    func testOverrideAppliesToCasesDeclaringTheParameter() throws {
        let selected = try catalog.select(
            items: nil, pattern: "lb.select.*.n100,harness.*",
            overrides: [ParameterOverride(name: "endpoints", value: 5000)])

        XCTAssertTrue(selected.map(\.0.id.description).contains("lb.select.roundRobin.n5000"))
        for (benchCase, parameters) in selected {
            XCTAssertEqual(parameters.values["endpoints"], benchCase.id.component == "harness" ? nil : 5000)
        }
    }

    /// `--set endpoints=5000` turns n10, n100 and n1000 into one case that says n5000.
    func testOverriddenSizeRenamesCasesAndCollapsesDuplicates() throws {
        let selected = try catalog.select(
            items: nil, pattern: "lb.select.roundRobin.*",
            overrides: [ParameterOverride(name: "endpoints", value: 5000)])

        XCTAssertEqual(selected.map(\.0.id.description), ["lb.select.roundRobin.n5000"])
        XCTAssertEqual(selected.first?.1.values["endpoints"], 5000)
    }

    /// A resolved id selects its case, by pattern and exactly (how the callgrind child finds it).
    func testResolvedIDsSelectTheirCase() throws {
        let override = [ParameterOverride(name: "endpoints", value: 5000)]

        let byPattern = try catalog.select(items: nil, pattern: "lb.select.roundRobin.n5000", overrides: override)
        let byID = try catalog.select(
            items: nil, pattern: nil, caseIDs: ["lb.select.weightedRoundRobin.n5000"], overrides: override)

        XCTAssertEqual(byPattern.map(\.0.id.description), ["lb.select.roundRobin.n5000"])
        XCTAssertEqual(byID.map(\.0.id.description), ["lb.select.weightedRoundRobin.n5000"])
    }

    func testUnknownParameterIsRejected() {
        XCTAssertThrowsError(
            try catalog.select(
                items: nil, pattern: "harness.*", overrides: [ParameterOverride(name: "endpoints", value: 5)])
        ) { error in
            XCTAssertEqual(error as? CaseSelectionError, .unknownParameter("endpoints", known: ["streamEvents"]))
        }
    }

    func testOutOfRangeValueIsRejected() {
        XCTAssertThrowsError(
            try catalog.select(
                items: nil, pattern: "lb.select.roundRobin.n10",
                overrides: [
                    ParameterOverride(name: "endpoints", value: 0)
                ])
        ) { error in
            XCTAssertEqual(
                "\(error)", "--set endpoints=0: lb.select.roundRobin.n10 accepts 1...100000")
        }
    }

    func testItemsFilterKeepsCasesExercisingAnyListedItem() throws {
        let selected = try catalog.select(items: [152], pattern: nil, overrides: [])

        XCTAssertFalse(selected.isEmpty)
        XCTAssertTrue(selected.allSatisfy { $0.0.auditItems.contains(152) })
    }

    func testItemOutsideTheAuditIsRejected() {
        XCTAssertThrowsError(try catalog.select(items: [147], pattern: nil, overrides: [])) { error in
            XCTAssertEqual(error as? CaseSelectionError, .unknownItem(147, known: Array(148...170)))
            XCTAssertEqual("\(error)", "--items 147: no case exercises it (items: 148...170)")
        }
    }

    /// Another catalog's items are its own: nothing assumes the audit's 148...170.
    func testItemsAreThoseTheCatalogsCasesExercise() throws {
        let floor = CaseFloor(minSpeedup: 1, maxFixedAllocsPerEvent: 0)
        let make = { (id: String, items: [Int]) in
            BenchCase.paired(
                id: CaseID(id)!, items: items, summary: "identity", floor: floor, events: { _ in [1] },
                before: { _ in { $0 } }, after: { _ in { $0 } })
        }
        let other = CaseCatalog(cases: [make("a.b.c.d", [1, 2]), make("a.b.c.e", [3, 7])])

        XCTAssertEqual(try other.select(items: [7], pattern: nil, overrides: []).map(\.0.id.description), ["a.b.c.e"])
        XCTAssertThrowsError(try other.select(items: [150], pattern: nil, overrides: [])) { error in
            XCTAssertEqual("\(error)", "--items 150: no case exercises it (items: 1...3,7)")
        }
    }

    func testSelectionMatchingNothingIsAnError() {
        XCTAssertThrowsError(try catalog.select(items: nil, pattern: "nothing.like.this", overrides: [])) { error in
            XCTAssertEqual(error as? CaseSelectionError, .noCasesSelected("--cases nothing.like.this"))
        }
    }

    func testGlobPatternMatchesWholeID() {
        let id = CaseID("lb", "select", "roundRobin", "n100")

        XCTAssertTrue(id.matches("lb.select.*.n100"))
        XCTAssertTrue(id.matches("*roundRobin*"))
        XCTAssertFalse(id.matches("lb.select.*.n10"))
        XCTAssertTrue(id.matches("roundRobin"), "a pattern without * matches as a substring")
    }

    func testMalformedCaseIDsAreRejected() {
        XCTAssertNil(CaseID("lb.select.roundRobin"))
        XCTAssertNil(CaseID("lb.select..n10"))
        XCTAssertNil(CaseID("lb.select.round-robin.n10"))
        XCTAssertNil(CaseID("lb.select.roundRobin.n10.extra"))
    }
}
