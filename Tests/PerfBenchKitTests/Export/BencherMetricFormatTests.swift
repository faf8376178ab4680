import Foundation
import PerfBenchKit
import XCTest

final class BencherMetricFormatTests: XCTestCase {
    private func decoded() throws -> [String: Any] {
        let json = try BencherMetricFormat.render(SampleExport.document)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    func testSample_matchesSnapshot() throws {
        assertSnapshot(try BencherMetricFormat.render(SampleExport.document), named: "export.bmf.json")
    }

    func testEveryMeasure_hasANumberValueAndOnlyBMFKeys() throws {
        for (benchmark, measures) in try decoded() {
            let measures = try XCTUnwrap(measures as? [String: Any], benchmark)
            for (measure, metric) in measures {
                let metric = try XCTUnwrap(metric as? [String: Any], "\(benchmark) \(measure)")
                XCTAssertTrue(metric["value"] is NSNumber, "\(benchmark) \(measure)")
                XCTAssertTrue(Set(metric.keys).isSubset(of: ["value", "lower_value", "upper_value"]), "\(metric.keys)")
                XCTAssertTrue(metric.values.allSatisfy { $0 is NSNumber }, "\(benchmark) \(measure)")
            }
        }
    }

    func testBenchmarksAreCaseAndSide() throws {
        XCTAssertEqual(
            Set(try decoded().keys),
            ["lb.select.roundRobin.n100/legacy", "lb.select.roundRobin.n100/fixed", "lb.select.roundRobin.n100/limit",
             "lb.select.roundRobin.n100/pair", "sched.submit.fifo.n1000/fixed"])
    }

    func testLatency_carriesTheIntervalAsLowerAndUpperValue() throws {
        let fixed = try XCTUnwrap(try decoded()["lb.select.roundRobin.n100/fixed"] as? [String: Any])
        let latency = try XCTUnwrap(fixed["latency"] as? [String: Double])

        XCTAssertEqual(latency, ["value": 12.75, "lower_value": 12.5, "upper_value": 13.125])
        XCTAssertEqual(Set(fixed.keys), ["latency", "allocations", "bytes", "instructions"])
    }
}
