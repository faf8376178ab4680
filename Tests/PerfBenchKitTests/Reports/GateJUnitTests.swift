import Foundation
import PerfBenchKit
import XCTest

#if canImport(FoundationXML)
    import FoundationXML
#endif

final class GateJUnitTests: XCTestCase {
    private func parsed() throws -> XMLDocument {
        try XMLDocument(xmlString: GateJUnit.render(SampleGateReport.report), options: [])
    }

    private func testCase(_ name: String) throws -> XMLElement {
        let nodes = try parsed().nodes(forXPath: "/testsuites/testsuite/testcase[@name='\(name)']")
        return try XCTUnwrap(nodes.first as? XMLElement, name)
    }

    private func attribute(_ name: String, of element: XMLElement) -> String {
        element.attribute(forName: name)?.stringValue ?? ""
    }

    func testSample_matchesSnapshot() {
        assertSnapshot(GateJUnit.render(SampleGateReport.report), named: "gate.junit.xml")
    }

    func testDocument_isWellFormedWithOneTestCasePerCasePlusTheEnvironment() throws {
        let cases = try parsed().nodes(forXPath: "/testsuites/testsuite/testcase")

        XCTAssertEqual(
            cases.compactMap { ($0 as? XMLElement)?.attribute(forName: "name")?.stringValue },
            ["lb.select.roundRobin.n100", "sched.submit.fifo.n1000", "chain.append.n64", "group.place.n10",
             "daemon.tick.n1000", "recovery.restore.n64", "environment"])
    }

    func testCounts_agreeWithTheVerdicts() throws {
        let suite = try XCTUnwrap(try parsed().nodes(forXPath: "/testsuites/testsuite").first as? XMLElement)

        XCTAssertEqual(suite.attribute(forName: "tests")?.stringValue, "7")
        XCTAssertEqual(suite.attribute(forName: "failures")?.stringValue, "1")
        XCTAssertEqual(suite.attribute(forName: "errors")?.stringValue, "1")
        XCTAssertEqual(suite.attribute(forName: "skipped")?.stringValue, "3")
    }

    func testRegressedCase_failsWithEachDecidingRuleAndItsFigures() throws {
        let failure = try XCTUnwrap(try testCase("lb.select.roundRobin.n100").elements(forName: "failure").first)

        XCTAssertEqual(
            failure.attribute(forName: "message")?.stringValue,
            "fix.allocs: allocs/event 1 > max 0; drift.instructions: 1538 > 1523 & limit 1523 (+1.0%)")
        XCTAssertEqual(failure.attribute(forName: "type")?.stringValue, "fix.allocs")
    }

    func testInconclusiveCase_isSkippedWithTheReasonAndNotes() throws {
        let skipped = try XCTUnwrap(try testCase("sched.submit.fifo.n1000").elements(forName: "skipped").first)

        XCTAssertEqual(
            skipped.attribute(forName: "message")?.stringValue,
            "fix.speedup: too noisy: ci_low 1.80 < floor 2.00 <= median 2.40; note: floor changed since the baseline")
    }

    func testLegacyMovedCase_isAnErrorNamingTheMovedFigure() throws {
        let error = try XCTUnwrap(try testCase("recovery.restore.n64").elements(forName: "error").first)

        XCTAssertEqual(
            error.attribute(forName: "message")?.stringValue,
            "legacy.allocations: baseline moved: legacy changed: legacy allocs/ev 3 > 2 (+50.0%)")
        XCTAssertEqual(error.attribute(forName: "type")?.stringValue, "legacy.allocations")
    }

    func testClassname_isTheComponent() throws {
        XCTAssertEqual(try testCase("chain.append.n64").attribute(forName: "classname")?.stringValue, "perfbench.chain")
    }

    func testImprovedCase_passesWithItsChecksAsProperties() throws {
        let element = try testCase("chain.append.n64")
        let properties = try element.nodes(forXPath: "properties/property").compactMap { $0 as? XMLElement }

        XCTAssertTrue(element.elements(forName: "failure").isEmpty && element.elements(forName: "skipped").isEmpty)
        XCTAssertEqual(
            properties.map { "\(attribute("name", of: $0))=\(attribute("value", of: $0))" },
            ["audit_items=#160", "status=improved", "fix.speedup=pass: ci_low 4.10 ≥ floor 2.00",
             "drift.bytes=improved: 48 < 96 (-50.0%)"])
    }

    func testAttributes_keepLineBreaksAndDropCharactersXMLCannotHold() {
        XCTAssertEqual(GateJUnit.attribute("a\"b\nc<\u{1}"), "a&quot;b&#10;c&lt;\u{FFFD}")
    }
}
