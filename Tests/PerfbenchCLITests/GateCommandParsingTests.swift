import PerfBenchKit
import PerfbenchCLI
import XCTest

final class GateCommandParsingTests: XCTestCase {
    func testCheck_defaultsToTheCommittedBaselineFixedCandidateAndText() throws {
        let command = try XCTUnwrap(try PerfbenchCommand.parseAsRoot(["check"]) as? CheckCommand)

        XCTAssertEqual(command.baselinePath, "results/baseline.json")
        XCTAssertEqual(command.retries, 2)
        XCTAssertNil(command.current)
        XCTAssertEqual(command.candidate, .fixed)
        XCTAssertEqual(command.format, .text)
        XCTAssertEqual(command.tolerances, [])
    }

    func testCheck_toleranceIsRepeatable() throws {
        let command = try XCTUnwrap(
            try PerfbenchCommand.parseAsRoot([
                "check", "--tolerance", "noise-multiple=3", "--tolerance", "lb.*:allocations-abs=0.2",
            ]) as? CheckCommand)

        XCTAssertEqual(command.tolerances, ["noise-multiple=3", "lb.*:allocations-abs=0.2"])
    }

    func testCheck_quick_readsTheQuickBaselineUnlessToldOtherwise() throws {
        let quick = try XCTUnwrap(try PerfbenchCommand.parseAsRoot(["check", "--quick"]) as? CheckCommand)
        let named = try XCTUnwrap(
            try PerfbenchCommand.parseAsRoot(["check", "--quick", "--baseline", "b.json"]) as? CheckCommand)

        XCTAssertEqual(quick.baselinePath, "results/baseline-quick.json")
        XCTAssertEqual(named.baselinePath, "b.json")
    }

    func testCheck_quickWithCurrent_isAUsageError() {
        XCTAssertThrowsError(try PerfbenchCommand.parseAsRoot(["check", "--quick", "--current", "run.json"])) { error in
            XCTAssertEqual(PerfbenchCommand.exitCode(for: error).rawValue, 64)
            XCTAssertEqual(
                PerfbenchCommand.message(for: error),
                "--quick applies only when check runs the cases itself; drop it or --current")
        }
    }

    func testCompare_takesTwoFiles() throws {
        let command = try XCTUnwrap(
            try PerfbenchCommand.parseAsRoot(["compare", "a.json", "b.json"]) as? CompareCommand)

        XCTAssertEqual([command.before, command.after], ["a.json", "b.json"])
    }

    func testReport_defaultsToMarkdownOnStdout() throws {
        let command = try XCTUnwrap(try PerfbenchCommand.parseAsRoot(["report", "run.json"]) as? ReportCommand)

        XCTAssertEqual(command.format, .markdown)
        XCTAssertNil(command.output)
    }
}
