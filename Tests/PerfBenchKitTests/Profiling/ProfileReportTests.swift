import XCTest

@testable import PerfBenchKit

final class ProfileReportTests: XCTestCase {
    func testFlameGraph_matchesSnapshot() {
        let legacy = ProfileFixtures.legacy()

        let svg = FlameGraphSVG.render(legacy.stacks, title: "legacy · case", subtitle: "sample", unit: "samples")

        assertSnapshot(svg, named: "profile-flamegraph.svg")
    }

    func testFlameGraph_boxWidthIsInclusiveShare() throws {
        let legacy = ProfileFixtures.legacy()

        let svg = FlameGraphSVG.render(legacy.stacks, title: "t", subtitle: "s", unit: "samples")

        // sortedEntries holds 900 of 1000 samples: 0.9 × (1200 − 2 × 10) px.
        let title = "<title>LegacyBaseline.Ring.sortedEntries() (900 samples, 90.00%)</title>"
        let range = try XCTUnwrap(svg.range(of: title))
        XCTAssertTrue(
            svg[range.upperBound...].hasPrefix("<rect x=\"10.00\" y=\""), String(svg[range.upperBound...].prefix(80)))
        XCTAssertTrue(svg[range.upperBound...].prefix(80).contains("width=\"1062.00\""))
    }

    func testDifferentialFlameGraph_matchesSnapshot() {
        let (legacy, fixed) = (ProfileFixtures.legacy(), ProfileFixtures.fixed())

        let svg = FlameGraphSVG.renderDifferential(
            first: (legacy.stacks, ProfileWriter.perEventScale(legacy)),
            second: (fixed.stacks, ProfileWriter.perEventScale(fixed)), names: ("legacy", "fixed"), title: "diff",
            subtitle: "per event", unit: "ns/event")

        assertSnapshot(svg, named: "profile-diff.svg")
    }

    func testDifferentialMarkdown_matchesSnapshot() {
        let outcome = ProfileFixtures.outcome()

        let markdown = ProfileMarkdown.differential(outcome, legacy: outcome.sides[0], fixed: outcome.sides[1])

        assertSnapshot(markdown, named: "profile-diff.md")
    }

    func testSummaryMarkdown_matchesSnapshot() {
        let markdown = ProfileMarkdown.summary(ProfileFixtures.outcome(), files: ["out/legacy.folded"])

        assertSnapshot(markdown, named: "profile-summary.md")
    }

    func testWriter_writesEveryFileForBothSides() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("profile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }

        let files = try ProfileWriter.write(ProfileFixtures.outcome(), to: directory.path)

        XCTAssertEqual(
            files.map { URL(fileURLWithPath: $0).lastPathComponent },
            ["legacy.folded", "legacy.svg", "fixed.folded", "fixed.svg", "diff.md", "diff.svg", "summary.md"])
        let folded = try String(contentsOfFile: files[0], encoding: .utf8)
        XCTAssertEqual(try FoldedFormat.parse(folded, source: files[0]), ProfileFixtures.legacy().stacks)
    }

    func testCommandHint_namesTheCase() {
        XCTAssertEqual(
            ProfileCommandHint.command(caseID: "lb.select.roundRobin.n100"),
            "perfbench profile lb.select.roundRobin.n100 --output profiles/lb.select.roundRobin.n100")
    }
}
