import ArgumentParser
import Foundation
import PerfBenchKit
import PerfbenchCLI
import XCTest

/// Another package's catalog through the library entry point: every verb, the hidden child
/// subcommands included, reads the configured catalog and none of the standard cases.
final class CustomCatalogTests: XCTestCase {
    private var files: CLIResultsFiles!

    override func setUpWithError() throws {
        files = try CLIResultsFiles()
    }

    override func tearDown() {
        files.remove()
    }

    /// Two cases over items 1 and 2: squares by repeated addition against a multiply, and a bit count
    /// by a loop against the instruction. `brokenAfter` makes the second case's after side wrong.
    private static func catalog(brokenAfter: Bool = false) -> CaseCatalog {
        let floor = CaseFloor(minSpeedup: 0, maxFixedAllocsPerEvent: 0)
        // A fixed pseudo-random stream of bytes (Knuth's MMIX LCG): the same for both sides.
        let events: @Sendable (ResolvedParameters) -> [UInt64] = { parameters in
            var state: UInt64 = 42
            return (0..<parameters["events"]).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return state >> 56
            }
        }
        let streamLength = CaseParameter("events", 64, range: 1...4_096, "events in the stream")
        return CaseCatalog(cases: [
            .paired(
                id: CaseID("demo", "square", "addVsMultiply", "n256"), items: [1], summary: "x*x",
                parameters: [streamLength], floor: floor, events: events,
                before: { _ in
                    { x in (0..<x).reduce(0) { sum, _ in sum &+ x } }
                },
                after: { _ in
                    { x in x &* x }
                }),
            .paired(
                id: CaseID("demo", "popcount", "loopVsInstruction", "n256"), items: [2], summary: "bits set",
                parameters: [streamLength], floor: floor,
                tolerance: CaseTolerance(judgesTimeDrift: false, reason: "a test case"), events: events,
                before: { _ in
                    { x in
                        var bits: UInt64 = 0
                        var rest = x
                        while rest != 0 {
                            bits &+= rest & 1
                            rest >>= 1
                        }
                        return bits
                    }
                },
                after: { _ in
                    { x in UInt64(x.nonzeroBitCount) + (brokenAfter ? 1 : 0) }
                }),
        ])
    }

    private static func tool(_ catalog: CaseCatalog) -> ToolConfiguration {
        ToolConfiguration(catalog: catalog, commandName: "demo-bench", abstract: "demo cases")
    }

    /// The exit status of `arguments` run in process as `tool`.
    private func exitCode(_ arguments: [String], as tool: ToolConfiguration) -> Int32 {
        ToolConfiguration.$current.withValue(tool) { PerfbenchCLITests.exitCode(arguments) }
    }

    /// The one-line message `arguments` fail with, run in process as `tool`.
    private func errorMessage(_ arguments: [String], as tool: ToolConfiguration) -> String? {
        ToolConfiguration.$current.withValue(tool) {
            do {
                var command = try PerfbenchCommand.parseAsRoot(arguments)
                try command.run()
                return nil
            } catch {
                return PerfbenchCommand.message(for: error)
            }
        }
    }

    private func path(_ name: String) -> String {
        files.directory.appendingPathComponent(name).path
    }

    func testLibraryEntryRunsTheCatalogsOwnCasesAndNothingElse() throws {
        let output = path("run.json")

        Perfbench.main(
            catalog: Self.catalog(), commandName: "demo-bench",
            arguments: ["run", "--engine", "wall", "--quick", "--output", output])

        let document = try ResultsStore.load(from: output)
        XCTAssertEqual(
            document.cases.map(\.id), ["demo.square.addVsMultiply.n256", "demo.popcount.loopVsInstruction.n256"])
        XCTAssertEqual(document.cases.map(\.items), [[1], [2]])
        XCTAssertEqual(document.cases.map(\.params), [["events": 64], ["events": 64]])
        XCTAssertEqual(document.cases[1].tolerance?.reason, "a test case")
        XCTAssertEqual(document.engine.used, .wall)
        XCTAssertTrue(document.cases.allSatisfy { $0.speedup != nil }, "every case timed as a pair")
    }

    func testGateJudgesTheCatalogsResultsAgainstThemselves() throws {
        let output = path("run.json")
        let tool = Self.tool(Self.catalog())
        XCTAssertEqual(exitCode(["run", "--engine", "wall", "--quick", "--output", output], as: tool), 0)

        let status = exitCode(["check", "--current", output, "--baseline", output], as: tool)

        // A debug build is an environment issue (timings do not represent release code): inconclusive.
        XCTAssertEqual(status, BuildConfiguration.current == .release ? 0 : 2)
        XCTAssertEqual(exitCode(["report", output, "--output", path("report")], as: tool), 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: path("report/REPORT.md")))
    }

    func testDisagreeingAfterSideExitsSeventyAndIsNotMeasured() throws {
        let output = path("broken.json")

        let status = exitCode(
            ["run", "--engine", "wall", "--quick", "--output", output], as: Self.tool(Self.catalog(brokenAfter: true)))

        XCTAssertEqual(status, 70)
        XCTAssertEqual(try ResultsStore.load(from: output).cases.map(\.id), ["demo.square.addVsMultiply.n256"])
    }

    func testItemsAndParametersAreTheCatalogsOwn() throws {
        let tool = Self.tool(Self.catalog())
        let output = path("items.json")

        XCTAssertEqual(
            exitCode(["run", "--items", "150", "--engine", "wall", "--quick", "--output", output], as: tool), 64)
        XCTAssertEqual(exitCode(["run", "--set", "endpoints=5", "--engine", "wall", "--output", output], as: tool), 64)
        XCTAssertEqual(
            exitCode(
                ["run", "--items", "2", "--set", "events=8", "--engine", "wall", "--quick", "--output", output],
                as: tool),
            0)
        let document = try ResultsStore.load(from: output)
        XCTAssertEqual(document.cases.map(\.id), ["demo.popcount.loopVsInstruction.n256"])
        XCTAssertEqual(document.cases.map(\.params), [["events": 8]])
    }

    func testHiddenChildrenSelectFromTheConfiguredCatalog() {
        let custom = Self.tool(Self.catalog())
        let caseID = "demo.square.addVsMultiply.n256"

        // Outside valgrind the child stops right after selecting its cases: a known id gets that far.
        XCTAssertEqual(
            errorMessage(["callgrind-child", "--case-ids", caseID], as: custom),
            "callgrind engine: callgrind-child must run under valgrind --tool=callgrind")
        XCTAssertEqual(
            errorMessage(["callgrind-child", "--case-ids", caseID], as: .perfbench),
            "no case matches ids \(caseID)")
        XCTAssertEqual(
            errorMessage(["profile-child", "--case-id", caseID, "--sides", "legacy"], as: .perfbench),
            "no case matches --cases \(caseID)")
        XCTAssertEqual(
            errorMessage(["profile-child", "--case-id", caseID, "--sides", "legacy"], as: custom),
            "callgrind profile: profile-child must run under valgrind --tool=callgrind")
    }
}
