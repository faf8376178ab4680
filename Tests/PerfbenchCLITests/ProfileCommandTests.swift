import ArgumentParser
import Foundation
import PerfBenchKit
import XCTest

@testable import perfbench

final class ProfileCommandTests: XCTestCase {
    private func parse(_ arguments: [String]) throws -> ProfileCommand {
        try XCTUnwrap(try PerfbenchCommand.parseAsRoot(["profile"] + arguments) as? ProfileCommand)
    }

    private func assertUsageError(_ arguments: [String], _ message: String, line: UInt = #line) {
        XCTAssertThrowsError(try PerfbenchCommand.parseAsRoot(["profile"] + arguments), line: line) { error in
            XCTAssertEqual(PerfbenchCommand.exitCode(for: error), ExitStatus.usage, line: line)
            XCTAssertEqual(PerfbenchCommand.message(for: error), message, line: line)
        }
    }

    func testProfile_defaultsToBothSidesAutoEngineAnd4kHz() throws {
        let command = try parse(["lb.select.consistentHash.n100"])

        let request = try command.request()

        XCTAssertEqual(request.caseID, "lb.select.consistentHash.n100")
        XCTAssertEqual(request.sides, [.legacy, .fixed])
        XCTAssertEqual(request.engine, .auto)
        XCTAssertNil(request.event)
        XCTAssertEqual(request.rate, .frequency(4_000))
        XCTAssertEqual(request.secondsPerSide, 2)
    }

    func testProfile_sideEventPeriodAndSetParse() throws {
        let command = try parse([
            "lb.select.consistentHash.n100", "--side", "fixed", "--engine", "sample", "--event", "task-clock",
            "--period", "100000", "--set", "endpoints=10", "--output", "/tmp/x",
        ])

        let request = try command.request()

        XCTAssertEqual(request.sides, [.fixed])
        XCTAssertEqual(request.engine, .sample)
        XCTAssertEqual(request.event, "task-clock")
        XCTAssertEqual(request.rate, .period(100_000))
        XCTAssertEqual(request.overrides, [ParameterOverride(name: "endpoints", value: 10)])
        XCTAssertEqual(command.output, "/tmp/x")
    }

    func testProfile_usageErrors() {
        assertUsageError([], "name a case to profile (see `perfbench list`), or --compare A B")
        assertUsageError(["x", "--period", "10", "--frequency", "10"], "--period and --frequency exclude each other")
        assertUsageError(["x", "--seconds", "0"], "--seconds must be in (0, 600]")
        assertUsageError(
            ["x", "--engine", "callgrind", "--event", "cycles"],
            "--event, --period and --frequency apply to sampling, not --engine callgrind")
        assertUsageError(["--compare", "a.folded"], "--compare takes two folded files, got 1")
        assertUsageError(["x", "--compare", "a.folded", "b.folded"], "--compare takes no case; drop 'x'")
    }

    func testUnknownEvent_isAUsageErrorNamingIt() {
        XCTAssertThrowsError(try PerfbenchCommand.parseAsRoot(["profile", "x", "--event", "no-such-event"])) { error in
            XCTAssertEqual(PerfbenchCommand.exitCode(for: error), ExitStatus.usage)
            let message = PerfbenchCommand.message(for: error)
            XCTAssertTrue(
                message.hasPrefix("event 'no-such-event' unknown: libpfm4 cannot encode it (PFM_ERR_NOTFOUND)"), message
            )
        }
    }

    func testProfileErrors_mapToTheirExitCodes() {
        let table: [(ProfileError, ExitCode)] = [
            (.caseSelection("no case"), ExitStatus.usage),
            (.unknownEvent(.unknownEvent(name: "x")), ExitStatus.usage),
            (.multithreadedCase("lb.select.contended2.n100"), ExitStatus.usage),
            (.malformedFolded(source: "a", line: 1, reason: "r"), ExitStatus.dataError),
            (.unreadable(path: "a", reason: "no such file"), ExitStatus.noInput),
            (.unwritable(path: "d", reason: "r"), ExitStatus.cannotCreate),
            (.noSamplingEvent(["r"]), ExitStatus.inconclusive),
            (.valgrindUnavailable("r"), ExitStatus.inconclusive),
        ]
        for (error, code) in table {
            XCTAssertEqual(ExitStatus.code(for: error), code, error.description)
        }
    }

    func testUnknownCase_exits64() throws {
        let command = try parse(["no.such.case", "--engine", "sample"])

        XCTAssertThrowsError(try command.run()) { error in
            XCTAssertEqual(PerfbenchCommand.exitCode(for: error), ExitStatus.usage)
        }
    }

    func testCompare_ranksShareChangesAndWritesFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("compare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let before = directory.appendingPathComponent("before.folded").path
        let after = directory.appendingPathComponent("after.folded").path
        try "[harness];f 50\n[harness];g 50\n".write(toFile: before, atomically: true, encoding: .utf8)
        try "[harness];f 20\n[harness];g 20\n[harness];h 60\n".write(toFile: after, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("out").path
        let command = try parse(["--compare", before, after, "--output", output])

        try command.run()

        let table = try String(contentsOfFile: output + "/compare.md", encoding: .utf8)
        let rows = table.split(separator: "\n").filter { $0.hasPrefix("| `") }
        XCTAssertEqual(rows.first, "| `h` | 0 (0.0%) | 60 (60.0%) | +60.0 pp |")
        XCTAssertEqual(rows.count, 3)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/compare.svg"))
    }

    func testCompare_missingFile_exits66AndMalformed_exits65() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("compare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad = directory.appendingPathComponent("bad.folded").path
        try "a;b\n".write(toFile: bad, atomically: true, encoding: .utf8)

        let missing = try parse(["--compare", directory.path + "/none.folded", bad])
        let malformed = try parse(["--compare", bad, bad])

        XCTAssertThrowsError(try missing.run()) {
            XCTAssertEqual(PerfbenchCommand.exitCode(for: $0), ExitStatus.noInput)
        }
        XCTAssertThrowsError(try malformed.run()) {
            XCTAssertEqual(PerfbenchCommand.exitCode(for: $0), ExitStatus.dataError)
        }
    }

    func testHelp_teachesWithExamples() {
        let help = ProfileCommand.helpMessage()

        XCTAssertTrue(help.contains("perfbench profile lb.select.consistentHash.n100"), help)
        XCTAssertTrue(help.contains("--compare old/fixed.folded new/fixed.folded"), help)
        XCTAssertTrue(help.contains("[harness]"), help)
    }
}
