import ArgumentParser
import Foundation
import PerfBenchKit
import PerfbenchCLI
import XCTest

/// `export`, `history` and `check --format junit|json` run in process: exit codes and the files written.
final class ExportHistoryCommandTests: XCTestCase {
    private var files: CLIResultsFiles!

    override func setUpWithError() throws {
        files = try CLIResultsFiles()
    }

    override func tearDown() {
        files.remove()
    }

    private func path(_ name: String) -> String {
        files.directory.appendingPathComponent(name).path
    }

    // MARK: - export

    func testExport_everyFormat_writesItsOutputFile() throws {
        let input = try files.write(CLIResultsFiles.document(), as: "run.json")
        for format in ExportFormat.allCases {
            let output = path("out/export.\(format.rawValue).\(format.fileExtension)")

            XCTAssertEqual(exitCode(["export", input, "--format", format.rawValue, "--output", output]), 0)
            let written = try String(contentsOfFile: output, encoding: .utf8)
            let expected = try format.render(ExportDocument(results: try ResultsStore.load(from: input)))
            XCTAssertEqual(written, expected, format.rawValue)
        }
    }

    func testExport_missingFile_exitsSixtySix_malformedSixtyFive_unknownFormatSixtyFour() throws {
        let malformed = try files.write(text: "{", as: "bad.json")
        let input = try files.write(CLIResultsFiles.document(), as: "run.json")

        XCTAssertEqual(exitCode(["export", path("none.json"), "--format", "csv"]), 66)
        XCTAssertEqual(exitCode(["export", malformed, "--format", "csv"]), 65)
        XCTAssertEqual(exitCode(["export", input, "--format", "xml"]), 64)
        XCTAssertEqual(exitCode(["export", input]), 64)
    }

    func testExport_unwritableOutput_exitsSeventyThree() throws {
        let input = try files.write(CLIResultsFiles.document(), as: "run.json")

        XCTAssertEqual(exitCode(["export", input, "--format", "csv", "--output", input + "/x.csv"]), 73)
    }

    // MARK: - check --format

    func testCheck_junitAndJSON_keepTheGateExitCodes() throws {
        let baseline = try files.write(CLIResultsFiles.document(), as: "baseline.json")
        let regressed = try files.write(CLIResultsFiles.document(fixedAllocs: 1), as: "regressed.json")

        for format in ["junit", "json"] {
            XCTAssertEqual(exitCode(["check", "--baseline", baseline, "--current", baseline, "--format", format]), 0)
            XCTAssertEqual(exitCode(["check", "--baseline", baseline, "--current", regressed, "--format", format]), 1)
        }
    }

    func testCheck_also_writesTheSameVerdictsInMoreFormats() throws {
        let baseline = try files.write(CLIResultsFiles.document(), as: "baseline.json")
        let regressed = try files.write(CLIResultsFiles.document(fixedAllocs: 1), as: "regressed.json")
        let junit = path("gate/check.junit.xml")
        let json = path("gate/check.json")

        XCTAssertEqual(
            exitCode([
                "check", "--baseline", baseline, "--current", regressed, "--format", "markdown", "--also",
                "junit=\(junit)", "--also", "json=\(json)",
            ]), 1)

        let report = try Gate().evaluate(
            current: try ResultsStore.load(from: regressed), baseline: try ResultsStore.load(from: baseline))
        XCTAssertEqual(try String(contentsOfFile: junit, encoding: .utf8), GateFormat.junit.render(report))
        XCTAssertEqual(try String(contentsOfFile: json, encoding: .utf8), GateFormat.json.render(report))
    }

    func testCheck_alsoMalformed_isAUsageError() {
        for (argument, message) in [
            ("junit", "--also 'junit': expected FORMAT=PATH, e.g. junit=gate/check.junit.xml"),
            ("xml=a.xml", "--also 'xml=a.xml': unknown format 'xml' (one of text, markdown, junit, json)"),
        ] {
            XCTAssertThrowsError(try PerfbenchCommand.parseAsRoot(["check", "--also", argument])) {
                XCTAssertEqual(PerfbenchCommand.exitCode(for: $0).rawValue, 64)
                XCTAssertEqual(PerfbenchCommand.message(for: $0), message)
            }
        }
        XCTAssertEqual(exitCode(["check", "--self-test", "--also", "junit=a.xml"]), 64)
    }

    func testCheck_selfTestWithJUnitOrJSON_isAUsageError() {
        for format in ["junit", "json"] {
            XCTAssertThrowsError(try PerfbenchCommand.parseAsRoot(["check", "--self-test", "--format", format])) {
                XCTAssertEqual(PerfbenchCommand.exitCode(for: $0).rawValue, 64)
                XCTAssertEqual(
                    PerfbenchCommand.message(for: $0),
                    "--self-test prints text or markdown; --format \(format) is for gate verdicts")
            }
        }
    }

    // MARK: - history

    /// Run `index` of a ten-commit history whose fixed instructions are `instructions`.
    private func run(_ index: Int, instructions: Double) -> ResultsDocument {
        var document = CLIResultsFiles.document()
        document.host.gitCommit = String(format: "d0000%02x", index) + String(repeating: "0", count: 33)
        document.createdAt = String(format: "2026-12-02T%02d:00:00Z", index)
        document.quick = true
        document.cases[0].fixed[.instructions] = .exact(instructions, metric: .instructions, events: 200)
        return document
    }

    /// Adds ten runs through `history --add`; returns the folder and the last exit code.
    private func history(_ instructions: (Int) -> Double) throws -> (folder: String, code: Int32) {
        let folder = path("history")
        var code: Int32 = -1
        for index in 0..<10 {
            let input = try files.write(run(index, instructions: instructions(index)), as: "run\(index).json")
            code = exitCode(["history", folder, "--add", input])
        }
        return (folder, code)
    }

    func testHistory_regressionStepAtTheNewestCommits_exitsOne() throws {
        let (_, code) = try history { $0 < 7 ? 82 : 132 }

        XCTAssertEqual(code, 1)
    }

    func testHistory_flatSeries_exitsZero() throws {
        XCTAssertEqual(try history { _ in 82 }.code, 0)
    }

    func testHistory_improvementStep_exitsZero() throws {
        XCTAssertEqual(try history { $0 < 7 ? 132 : 82 }.code, 0)
    }

    func testHistory_add_keepsOneSlimFilePerCommit() throws {
        let (folder, _) = try history { _ in 82 }
        let again = try files.write(run(9, instructions: 82), as: "again.json")

        XCTAssertEqual(exitCode(["history", folder, "--add", again]), 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        XCTAssertEqual(names.count, 10)
        XCTAssertTrue(names.contains("2026-12-02-d000009.json"), "\(names)")
        XCTAssertNil(try ResultsStore.load(from: folder + "/2026-12-02-d000009.json").cases[0].fixed.rounds)
    }

    func testHistory_output_writesHistoryMarkdownAndACaseChart() throws {
        let (folder, _) = try history { _ in 82 }
        let output = path("charts")

        XCTAssertEqual(exitCode(["history", folder, "--output", output, "--format", "markdown"]), 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/HISTORY.md"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/lb.select.roundRobin.n100.svg"))
    }

    func testHistory_missingOrEmptyFolder_exitsSixtySix() throws {
        XCTAssertEqual(exitCode(["history", path("none")]), 66)
        try FileManager.default.createDirectory(atPath: path("empty"), withIntermediateDirectories: true)
        XCTAssertEqual(exitCode(["history", path("empty")]), 66)
    }

    func testHistory_malformedFile_exitsSixtyFive() throws {
        let (folder, _) = try history { _ in 82 }
        try Data("{".utf8).write(to: URL(fileURLWithPath: folder + "/broken.json"))

        XCTAssertEqual(exitCode(["history", folder]), 65)
    }

    func testHistory_thresholdOutsideZeroToOne_isAUsageError() {
        XCTAssertEqual(exitCode(["history", path("none"), "--threshold", "10"]), 64)
    }
}
