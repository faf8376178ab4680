import PerfBenchKit
import XCTest

final class OpenMetricsExpositionTests: XCTestCase {
    private var lines: [Substring] {
        get throws {
            try OpenMetricsExposition.render(SampleExport.document)
                .split(separator: "\n", omittingEmptySubsequences: false)
        }
    }

    func testSample_matchesSnapshot() throws {
        assertSnapshot(try OpenMetricsExposition.render(SampleExport.document), named: "export.openmetrics.txt")
    }

    func testExposition_endsWithEOFAndANewline() throws {
        XCTAssertEqual(try lines.suffix(2), ["# EOF", ""])
    }

    func testEveryFamily_isAnnouncedBeforeItsSamplesWithAValidNameAndUnitSuffix() throws {
        var announced: [String: String?] = [:]
        for line in try lines.dropLast(2) {
            let words = line.split(separator: " ", maxSplits: 3).map(String.init)
            if words.first == "#" {
                XCTAssertTrue(["TYPE", "UNIT", "HELP"].contains(words[1]), String(line))
                let validName = words[2].range(of: "^[a-zA-Z_:][a-zA-Z0-9_:]*$", options: .regularExpression)
                XCTAssertNotNil(validName, String(line))
                if words[1] == "TYPE" { announced[words[2]] = .some(nil) }
                if words[1] == "UNIT" {
                    XCTAssertTrue(words[2].hasSuffix("_" + words[3]), String(line))
                    announced[words[2]] = words[3]
                }
            } else {
                let name = String(line.prefix { $0 != "{" && $0 != " " })
                let family = name.hasSuffix("_info") ? String(name.dropLast(5)) : name
                XCTAssertTrue(announced.keys.contains(family), "sample before its TYPE: \(line)")
                XCTAssertNotNil(Double(line.split(separator: " ").last ?? ""), String(line))
            }
        }
    }

    func testTime_isExposedInSecondsWithItsIntervalAsOwnFamilies() throws {
        let text = try OpenMetricsExposition.render(SampleExport.document)

        XCTAssertTrue(text.contains("# UNIT perfbench_time_seconds seconds\n"), text)
        XCTAssertTrue(text.contains("# TYPE perfbench_time_lower_seconds gauge\n"), text)
        XCTAssertTrue(text.contains("side=\"fixed\",metric=\"time\""), text)
        XCTAssertTrue(text.contains("} 1.275e-08\n"), text)
    }

    func testLabelValues_escapeBackslashAndQuote() throws {
        let text = try OpenMetricsExposition.render(SampleExport.document)

        XCTAssertTrue(text.contains(#"host="AMD EPYC 0x1A, 2 cores \"KVM\\guest\"""#), text)
    }

    func testFamilyNames_followTheUnitSuffixRule() {
        XCTAssertEqual(OpenMetricsExposition.familyName(metric: "bytes", unit: "bytes"), "perfbench_bytes")
        XCTAssertEqual(
            OpenMetricsExposition.familyName(metric: "cpuTime", unit: "seconds"), "perfbench_cpu_time_seconds")
        XCTAssertEqual(OpenMetricsExposition.familyName(metric: "branch-misses", unit: nil), "perfbench_branch_misses")
        XCTAssertEqual(OpenMetricsExposition.familyName(metric: "CPUTime", unit: nil), "perfbench_cputime")
    }

    func testTwoMetricsWithOneFamilyName_throw() {
        let document = ExportDocument(rows: [
            SampleExport.row("a", .fixed, "counter:branch-misses", .countPerEvent, 1),
            SampleExport.row("a", .fixed, "counter:branch_misses", .countPerEvent, 1),
        ])

        XCTAssertThrowsError(try OpenMetricsExposition.render(document)) { error in
            XCTAssertEqual(
                "\(error)",
                "metrics 'counter:branch-misses [count/event]' and 'counter:branch_misses [count/event]' would both "
                    + "be exposed as OpenMetrics family perfbench_counter_branch_misses")
        }
    }
}
