import ArgumentParser
import PerfBenchKit
import PerfbenchCLI
import XCTest

final class ExitStatusTests: XCTestCase {
    private var files: CLIResultsFiles!

    override func setUpWithError() throws {
        files = try CLIResultsFiles()
    }

    override func tearDown() {
        files.remove()
    }

    // MARK: - The table

    func testGateOutcomes_mapToZeroOneTwo() {
        XCTAssertEqual(ExitStatus.code(for: GateOutcome.pass).rawValue, 0)
        XCTAssertEqual(ExitStatus.code(for: GateOutcome.regression).rawValue, 1)
        XCTAssertEqual(ExitStatus.code(for: GateOutcome.inconclusive).rawValue, 2)
    }

    func testErrors_mapToTheirSysexitsCodes() {
        let table: [(String, any Error, Int32)] = [
            ("missing file", ResultsError.missingFile(path: "b.json"), 66),
            ("unreadable", ResultsError.unreadable(path: "b.json", reason: "is a directory (EISDIR)"), 66),
            ("malformed", ResultsError.malformed(path: "b.json", codingPath: "", reason: "not valid JSON"), 65),
            ("schema", ResultsError.schemaMismatch(path: "b.json", found: "x/2", expected: "x/1"), 65),
            ("unencodable", ResultsError.unencodable(codingPath: "cases[0]", reason: "not a finite number"), 70),
            ("unwritable results", ResultsError.unwritable(path: "/r.json", reason: "read-only"), 73),
            ("unwritable report", ReportError.unwritable(path: "/out", reason: "read-only"), 73),
            ("tolerance", ToleranceError.unknownKey("speed"), 64),
            ("validation", ValidationError("bad"), 64),
            ("anything else", CocoaError(.featureUnsupported), 70),
        ]
        for (label, error, expected) in table {
            XCTAssertEqual(ExitStatus.code(for: error).rawValue, expected, label)
        }
    }

    // MARK: - check

    func testCheck_passingRun_exitsZero() throws {
        let baseline = try files.write(CLIResultsFiles.document(), as: "baseline.json")
        let current = try files.write(CLIResultsFiles.document(speedup: 9.5), as: "current.json")

        XCTAssertEqual(exitCode(["check", "--baseline", baseline, "--current", current]), 0)
    }

    func testCheck_regression_exitsOne() throws {
        let baseline = try files.write(CLIResultsFiles.document(), as: "baseline.json")
        let current = try files.write(CLIResultsFiles.document(fixedAllocs: 1), as: "current.json")

        XCTAssertEqual(exitCode(["check", "--baseline", baseline, "--current", current]), 1)
    }

    func testCheck_candidateLegacy_exitsOne() throws {
        let baseline = try files.write(CLIResultsFiles.document(), as: "baseline.json")

        XCTAssertEqual(exitCode(["check", "--baseline", baseline, "--current", baseline, "--candidate", "legacy"]), 1)
    }

    func testCheck_missingMeasurement_exitsTwo() throws {
        let baseline = try files.write(CLIResultsFiles.document(), as: "baseline.json")
        let current = try files.write(CLIResultsFiles.document(fixedAllocs: nil), as: "current.json")

        XCTAssertEqual(exitCode(["check", "--baseline", baseline, "--current", current]), 2)
    }

    func testCheck_debugBuild_exitsTwo() throws {
        let baseline = try files.write(CLIResultsFiles.document(), as: "baseline.json")
        let current = try files.write(CLIResultsFiles.document(buildConfiguration: .debug), as: "current.json")

        XCTAssertEqual(exitCode(["check", "--baseline", baseline, "--current", current]), 2)
    }

    func testCheck_withoutCurrent_missingBaselineExitsSixtySixBeforeRunningAnything() {
        XCTAssertEqual(exitCode(["check", "--baseline", "/nonexistent/baseline.json", "--quick"]), 66)
    }

    func testCheck_toleranceOverride_turnsTheRegressionIntoAPass() throws {
        let baseline = try files.write(CLIResultsFiles.document(), as: "baseline.json")
        let current = try files.write(CLIResultsFiles.document(speedup: 6), as: "current.json")

        XCTAssertEqual(exitCode(["check", "--baseline", baseline, "--current", current]), 1)
        XCTAssertEqual(
            exitCode([
                "check", "--baseline", baseline, "--current", current, "--tolerance", "lb.*:band-without-noise=70%",
            ]),
            0)
    }

    func testCheck_badTolerance_exitsSixtyFour() throws {
        let baseline = try files.write(CLIResultsFiles.document(), as: "baseline.json")

        XCTAssertEqual(
            exitCode(["check", "--baseline", baseline, "--current", baseline, "--tolerance", "speed=1"]), 64)
    }

    func testCheck_unknownCandidate_exitsSixtyFour() {
        XCTAssertEqual(exitCode(["check", "--candidate", "newest"]), 64)
    }

    func testCheck_missingBaseline_exitsSixtySix() {
        XCTAssertEqual(exitCode(["check", "--baseline", files.directory.path + "/none.json", "--current", "x"]), 66)
    }

    func testCheck_malformedCurrent_exitsSixtyFive() throws {
        let baseline = try files.write(CLIResultsFiles.document(), as: "baseline.json")
        let current = try files.write(text: "{\"schema\": ", as: "current.json")

        XCTAssertEqual(exitCode(["check", "--baseline", baseline, "--current", current]), 65)
    }

    func testCheck_baselineFromAnotherSchema_exitsSixtyFive() throws {
        var old = CLIResultsFiles.document()
        old.schema = "perfbench.results/0"
        let baseline = try files.write(old, as: "baseline.json")

        XCTAssertEqual(exitCode(["check", "--baseline", baseline, "--current", baseline]), 65)
    }

    // MARK: - compare and report

    func testCompare_differentResults_exitsZero() throws {
        let a = try files.write(CLIResultsFiles.document(), as: "a.json")
        let b = try files.write(CLIResultsFiles.document(speedup: 2, fixedAllocs: 3), as: "b.json")

        XCTAssertEqual(exitCode(["compare", a, b, "--format", "markdown"]), 0)
    }

    func testCompare_missingFile_exitsSixtySix() throws {
        let a = try files.write(CLIResultsFiles.document(), as: "a.json")

        XCTAssertEqual(exitCode(["compare", a, files.directory.path + "/none.json"]), 66)
    }

    func testReport_writesIntoOutputDirectory_exitsZero() throws {
        let input = try files.write(CLIResultsFiles.document(), as: "run.json")
        let output = files.directory.appendingPathComponent("report").path

        XCTAssertEqual(exitCode(["report", input, "--format", "markdown", "--output", output]), 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/REPORT.md"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/speedup-by-item.svg"))
    }

    func testReport_outputPathIsAFile_exitsSeventyThree() throws {
        let input = try files.write(CLIResultsFiles.document(), as: "run.json")

        XCTAssertEqual(exitCode(["report", input, "--format", "html", "--output", input]), 73)
    }

    func testReport_unknownFormat_exitsSixtyFour() throws {
        let input = try files.write(CLIResultsFiles.document(), as: "run.json")

        XCTAssertEqual(exitCode(["report", input, "--format", "pdf"]), 64)
    }
}
