import PerfBenchKit
import PerfbenchCLI
import XCTest

final class GateCommandParsingTests: XCTestCase {
    func testCheck_defaultsToTheCommittedBaselineFixedCandidateAndText() throws {
        let command = try XCTUnwrap(try PerfbenchCommand.parseAsRoot(["check"]) as? CheckCommand)

        XCTAssertEqual(command.baseline, "results/baseline.json")
        XCTAssertNil(command.current)
        XCTAssertEqual(command.candidate, .fixed)
        XCTAssertEqual(command.format, .text)
        XCTAssertEqual(command.tolerances, [])
    }

    func testCheck_toleranceIsRepeatable() throws {
        let command = try XCTUnwrap(
            try PerfbenchCommand.parseAsRoot([
                "check", "--tolerance", "speedup-drop=40%", "--tolerance", "lb.*:allocs-abs=0.2",
            ]) as? CheckCommand)

        XCTAssertEqual(command.tolerances, ["speedup-drop=40%", "lb.*:allocs-abs=0.2"])
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
