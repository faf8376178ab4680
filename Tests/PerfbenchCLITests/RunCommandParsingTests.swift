import ArgumentParser
import PerfBenchKit
import PerfbenchCLI
import XCTest

final class RunCommandParsingTests: XCTestCase {
    private func parseRun(_ arguments: [String]) throws -> RunCommand {
        let command = try PerfbenchCommand.parseAsRoot(["run"] + arguments)
        return try XCTUnwrap(command as? RunCommand)
    }

    func testDefaultsAreAutoEngineFullRunAndLatestJSON() throws {
        let run = try parseRun([])

        let request = try run.makeRequest()

        XCTAssertEqual(request, RunRequest())
        XCTAssertEqual(run.outputOptions.output, "results/latest.json")
    }

    func testEveryOptionReachesTheRequest() throws {
        let run = try parseRun([
            "--items", "148,#150", "--cases", "lb.select.*", "--engine", "perf", "--counters", "task-clock,page-faults",
            "--quick", "--set", "endpoints=5000", "--set", "sessions=7", "--output", "/tmp/x.json",
        ])

        let request = try run.makeRequest()

        XCTAssertEqual(request.items, [148, 150])
        XCTAssertEqual(request.pattern, "lb.select.*")
        XCTAssertEqual(request.engine, .perf)
        XCTAssertEqual(request.counters, ["task-clock", "page-faults"])
        XCTAssertTrue(request.quick)
        XCTAssertEqual(
            request.overrides,
            [
                ParameterOverride(name: "endpoints", value: 5000),
                ParameterOverride(name: "sessions", value: 7),
            ])
        XCTAssertEqual(run.outputOptions.output, "/tmp/x.json")
    }

    func testMalformedSetIsAUsageError() {
        XCTAssertThrowsError(try parseRun(["--set", "endpoints"])) { error in
            XCTAssertEqual(PerfbenchCommand.exitCode(for: error), ExitCode.validationFailure)
            XCTAssertTrue(PerfbenchCommand.message(for: error).contains("--set 'endpoints': expected name=value"))
        }
    }

    func testNonNumericItemIsAUsageError() {
        XCTAssertThrowsError(try parseRun(["--items", "148,abc"])) { error in
            XCTAssertEqual(PerfbenchCommand.exitCode(for: error), ExitCode.validationFailure)
            XCTAssertTrue(PerfbenchCommand.message(for: error).contains("'abc' is not an item number"))
        }
    }

    func testUnknownEngineIsAUsageError() {
        XCTAssertThrowsError(try parseRun(["--engine", "cycles"])) { error in
            XCTAssertEqual(PerfbenchCommand.exitCode(for: error), ExitCode.validationFailure)
        }
    }

    func testHiddenCallgrindChildParsesCaseIDs() throws {
        let command = try PerfbenchCommand.parseAsRoot(
            ["callgrind-child", "--case-ids", "lb.select.roundRobin.n10,harness.overhead.empty.n1"])

        let child = try XCTUnwrap(command as? CallgrindChildCommand)
        XCTAssertEqual(child.caseIDs, "lb.select.roundRobin.n10,harness.overhead.empty.n1")
    }

    func testListParsesJSONFlag() throws {
        let command = try PerfbenchCommand.parseAsRoot(["list", "--json"])

        XCTAssertEqual((command as? ListCommand)?.json, true)
    }
}
