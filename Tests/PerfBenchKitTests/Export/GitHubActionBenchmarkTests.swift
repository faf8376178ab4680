import Foundation
import PerfBenchKit
import XCTest

final class GitHubActionBenchmarkTests: XCTestCase {
    private func entries(_ tool: GitHubActionBenchmark.Tool) throws -> [[String: Any]] {
        let json = try GitHubActionBenchmark.render(SampleExport.document, tool: tool)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    }

    func testSmallerIsBetter_matchesSnapshot() throws {
        assertSnapshot(
            try GitHubActionBenchmark.render(SampleExport.document, tool: .customSmallerIsBetter),
            named: "export.github-smaller.json")
    }

    func testBiggerIsBetter_matchesSnapshot() throws {
        assertSnapshot(
            try GitHubActionBenchmark.render(SampleExport.document, tool: .customBiggerIsBetter),
            named: "export.github-bigger.json")
    }

    func testEntries_haveTheActionsFieldsAndTypes() throws {
        for tool in GitHubActionBenchmark.Tool.allCases {
            for entry in try entries(tool) {
                XCTAssertTrue(entry["name"] is String, "\(entry)")
                XCTAssertTrue(entry["unit"] is String, "\(entry)")
                XCTAssertTrue(entry["value"] is NSNumber && !(entry["value"] is String), "\(entry)")
                XCTAssertTrue(entry["range"].map { $0 is String } ?? true, "\(entry)")
                XCTAssertTrue(entry["extra"].map { $0 is String } ?? true, "\(entry)")
                XCTAssertTrue(Set(entry.keys).isSubset(of: ["name", "unit", "value", "range", "extra"]), "\(entry)")
            }
        }
    }

    func testPolarity_splitsTheRowsBetweenTheTwoTools() throws {
        XCTAssertEqual(try entries(.customBiggerIsBetter).compactMap { $0["name"] as? String },
                       ["lb.select.roundRobin.n100 pair speedup"])
        XCTAssertEqual(try entries(.customSmallerIsBetter).count, 10)
    }

    func testInterval_isTheRange() throws {
        let speedup = try XCTUnwrap(try entries(.customBiggerIsBetter).first)

        XCTAssertEqual(speedup["range"] as? String, "[30.5, 33.75]")
        XCTAssertEqual(speedup["unit"] as? String, "ratio")
    }
}
