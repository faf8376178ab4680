import Foundation
import PerfBenchKit
import XCTest

#if canImport(FoundationXML)
    import FoundationXML
#endif

final class HistoryChartTests: XCTestCase {
    /// Twelve commits of a fixed ns/event figure with bootstrap intervals, a +25 % step at `c7a91e2`.
    static var series: (points: [HistoryPoint], changes: [ChangePoint]) {
        get throws {
            let values: [Double] = [12.8, 13.1, 12.6, 12.9, 13.0, 12.7, 12.9, 16.1, 16.4, 15.9, 16.2, 16.3]
            let labels = [
                "1a2b3c4", "2b3c4d5", "3c4d5e6", "4d5e6f7", "5e6f7a8", "6f7a8b9", "7a8b9c0", "c7a91e2", "8b9c0d1",
                "9c0d1e2", "0d1e2f3", "e2f3a4b",
            ]
            let points = zip(labels, values).map {
                HistoryPoint(label: $0, value: $1, lower: $1 * 0.97, upper: $1 * 1.04)
            }
            return (points, try EDivisive.standard.changePoints(in: points))
        }
    }

    private func chart() throws -> String {
        let (points, changes) = try Self.series
        return HistoryChart.svg(
            title: "lb.select.roundRobin.n100: fixed ns/event", unit: "ns/event", points: points, changePoints: changes)
    }

    func testSample_matchesSnapshot() throws {
        assertSnapshot(try chart(), named: "history-chart.svg")
    }

    func testSampleSeries_hasItsStepAtTheCommitThatMadeIt() throws {
        XCTAssertEqual(try Self.series.changes.map(\.label), ["c7a91e2"])
    }

    func testChart_isWellFormedXMLWithAPointAndABarPerCommitAndTheStepMarked() throws {
        let svg = try chart()

        let document = try XMLDocument(xmlString: svg, options: [])
        XCTAssertEqual(try document.nodes(forXPath: "//*[local-name()='circle']").count, 12)
        XCTAssertTrue(svg.contains("1: +25.6% at c7a91e2, p = "), svg)
        XCTAssertTrue(svg.contains(">e2f3a4b</text>"), svg)
    }

    func testEmptySeries_stillDrawsAnAxis() {
        let svg = HistoryChart.svg(title: "empty", unit: "ns/event", points: [], changePoints: [])

        XCTAssertTrue(svg.hasPrefix("<svg"))
        XCTAssertFalse(svg.contains("<circle"))
    }

    func testNonFiniteValue_isLeftOutOfTheDrawing() {
        let points = [
            HistoryPoint(label: "a", value: 10, lower: 9, upper: .infinity), HistoryPoint(label: "b", value: .nan),
            HistoryPoint(label: "c", value: 12),
        ]

        let svg = HistoryChart.svg(title: "gap", unit: "ns/event", points: points, changePoints: [])

        XCTAssertEqual(svg.components(separatedBy: "<circle").count - 1, 2)
        XCTAssertFalse(svg.contains("nan") || svg.contains("inf"), svg)
        XCTAssertTrue(svg.contains(">b</text>"), svg)
    }
}
