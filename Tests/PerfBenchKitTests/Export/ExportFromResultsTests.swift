import PerfBenchKit
import XCTest

/// The adapter from a results document to export rows: every metric of every side, the ratios,
/// and the interval each figure carries.
final class ExportFromResultsTests: XCTestCase {
    private let results = SyntheticResults.document()

    private func row(
        _ rows: [ExportRow], _ caseID: String, _ side: ExportRow.Side, _ metric: String
    ) throws -> ExportRow {
        try XCTUnwrap(rows.first { $0.caseID == caseID && $0.side == side && $0.metric == metric })
    }

    func testRows_coverEveryMeasuredMetricOfEverySide_thenTheRatios() throws {
        let rows = try ExportDocument(results: results).rows

        let expected = results.cases.flatMap { result in
            result.sides.flatMap { side in
                result[side]!.measuredMetrics.map { "\(result.id) \(side) \($0.id)" }
            } + Metric.ratios.filter { result.ratio($0) != nil }.map { "\(result.id) pair \($0.id)" }
        }
        XCTAssertEqual(rows.map { "\($0.caseID) \($0.side.rawValue) \($0.metric)" }, expected)
    }

    func testTime_carriesTheMedianIntervalOfTheKeptRounds() throws {
        let id = "lb.select.roundRobin.n100"
        let fixed = try XCTUnwrap(results.result(for: id)?.fixed)
        let interval = MedianInterval.of(try XCTUnwrap(fixed.rounds?[.time]))

        let time = try row(try ExportDocument(results: results).rows, id, .fixed, "time")

        XCTAssertEqual(time.value, fixed.value(.time))
        XCTAssertEqual(time.lower, interval.low)
        XCTAssertEqual(time.upper, interval.high)
        XCTAssertEqual(time.unit, .nanosecondsPerEvent)
        XCTAssertEqual(time.polarity, .lowerIsBetter)
        XCTAssertNotEqual(time.lower, fixed[.time]?.p25, "the median's interval, not the quartiles")
    }

    func testTime_withoutRounds_carriesTheInterquartileRange() throws {
        let id = "lb.select.roundRobin.n100"
        let fixed = try XCTUnwrap(results.result(for: id)?.fixed)

        let time = try row(try ExportDocument(results: results.slimmed()).rows, id, .fixed, "time")

        XCTAssertEqual(time.lower, fixed[.time]?.p25)
        XCTAssertEqual(time.upper, fixed[.time]?.p75)
    }

    func testExactMetrics_haveNoInterval() throws {
        let rows = try ExportDocument(results: results).rows

        let instructions = try row(rows, "lb.select.roundRobin.n100", .fixed, "instructions")
        XCTAssertEqual(instructions.value, 82)
        XCTAssertNil(instructions.lower)
        XCTAssertNil(instructions.upper)
        XCTAssertEqual(instructions.unit, .instructionsPerEvent)
    }

    func testSpeedup_isAPairRowWithItsBootstrapInterval_higherIsBetter() throws {
        let speedup = try row(try ExportDocument(results: results).rows, "lb.select.roundRobin.n100", .pair, "speedup")

        XCTAssertEqual(speedup.value, 70)
        XCTAssertEqual(speedup.lower, 63)
        XCTAssertEqual(speedup.upper, 77)
        XCTAssertEqual(speedup.unit, .ratio)
        XCTAssertEqual(speedup.polarity, .higherIsBetter)
    }

    func testLimitSide_andFixedOverLimit_areExported() throws {
        let document = SyntheticResults.document(changing: "lb.select.roundRobin.n100") { result in
            result.limit = SyntheticResults.side(ns: 10, allocs: 0, bytes: 0, instructions: 40)
            result.ratios[Metric.limitRatio.id] = SyntheticResults.speedup(2.1)
        }

        let rows = try ExportDocument(results: document).rows

        XCTAssertEqual(try row(rows, "lb.select.roundRobin.n100", .limit, "instructions").value, 40)
        let ratio = try row(rows, "lb.select.roundRobin.n100", .pair, "fixed_over_limit")
        XCTAssertEqual(ratio.value, 2.1)
        XCTAssertEqual(ratio.polarity, .lowerIsBetter)
    }

    func testRunFacts_engineHostCommitAndTime() throws {
        let export = try ExportDocument(results: results)

        XCTAssertEqual(Set(export.rows.map(\.engine)), ["callgrind"])
        XCTAssertEqual(
            Set(export.rows.map(\.host)), ["AMD EPYC (synthetic) 0x1a/0x2/1, 2 cores, KVMKVMKVM"])
        XCTAssertEqual(export.commit, "0123abc")
        XCTAssertEqual(export.createdAt, "2026-11-27T12:00:00Z")
    }

    func testEveryUnitAMetricCanHave_hasAnExportUnit() {
        let metrics = Metric.perSide + Metric.ratios + ["task-clock", "cycles", "instructions"].map(Metric.counter)
        for metric in metrics {
            XCTAssertNotNil(ExportUnit(symbol: metric.unit), metric.id)
        }
    }

    func testEveryFormat_rendersARealResultsFile() throws {
        let export = try ExportDocument(results: results)
        for format in ExportFormat.allCases {
            XCTAssertFalse(try format.render(export).isEmpty, format.rawValue)
        }
    }
}
