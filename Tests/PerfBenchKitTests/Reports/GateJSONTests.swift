import Foundation
import PerfBenchKit
import XCTest

final class GateJSONTests: XCTestCase {
    private func decoded() throws -> [String: Any] {
        let json = GateJSON.render(SampleGateReport.report)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    func testSample_matchesSnapshot() {
        assertSnapshot(GateJSON.render(SampleGateReport.report), named: "gate.json")
    }

    func testTopLevel_hasTheStableSnakeCaseKeys() throws {
        let document = try decoded()

        XCTAssertEqual(
            Set(document.keys),
            ["schema", "candidate", "outcome", "counts", "regressed_items", "environment_issues", "notes", "verdicts"])
        XCTAssertEqual(document["schema"] as? String, "perfbench.gate/1")
        XCTAssertEqual(document["outcome"] as? String, "regression")
        XCTAssertEqual(document["regressed_items"] as? [Int], [148, 150])
        XCTAssertEqual(
            document["counts"] as? [String: Int],
            ["skipped": 1, "pass": 1, "improved": 1, "inconclusive": 1, "moved": 1, "regressed": 1])
    }

    func testEveryCheck_hasAllFiveKeysWithNullForAMissingChange() throws {
        let verdicts = try XCTUnwrap(try decoded()["verdicts"] as? [[String: Any]])
        let checks = verdicts.flatMap { ($0["checks"] as? [[String: Any]]) ?? [] }

        XCTAssertEqual(checks.count, 11)
        XCTAssertTrue(checks.allSatisfy { Set($0.keys) == ["rule", "status", "detail", "change", "too_noisy"] })
        XCTAssertEqual(checks.compactMap { $0["too_noisy"] as? Bool }.filter { $0 }.count, 1)
        XCTAssertTrue(checks[1]["change"] is NSNull)
        XCTAssertEqual(checks[2]["change"] as? Double, 0.00985)
    }

    func testOutcome_isAnIdentifier() {
        var report = SampleGateReport.report
        report.verdicts.removeFirst()

        XCTAssertTrue(GateJSON.render(report).contains("\"outcome\" : \"baseline_moved\""))
    }

    func testVerdicts_keepTheCaseOrderAndStatus() throws {
        let verdicts = try XCTUnwrap(try decoded()["verdicts"] as? [[String: Any]])

        XCTAssertEqual(verdicts.compactMap { $0["case_id"] as? String }.first, "lb.select.roundRobin.n100")
        XCTAssertEqual(
            verdicts.compactMap { $0["status"] as? String },
            ["regressed", "inconclusive", "improved", "pass", "skipped", "moved"])
    }
}
