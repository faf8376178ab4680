import PerfBenchKit
import XCTest

final class ResultsComparisonTests: XCTestCase {
    private func row(_ comparison: ResultsComparison, _ id: String, _ metric: String) throws -> ResultsComparison.Row {
        try XCTUnwrap(comparison.rows.first { $0.caseID == id && $0.metric == metric }, "\(id) \(metric)")
    }

    func testIdenticalDocuments_haveNoSignificantChange() {
        let document = SyntheticResults.document()

        let comparison = ResultsComparison(document, document)

        XCTAssertTrue(comparison.rows.allSatisfy { ["no", "not tested"].contains($0.significance) })
        XCTAssertTrue(comparison.rows.allSatisfy { $0.change == nil || $0.change == 0 })
        XCTAssertEqual(comparison.notes, [])
    }

    func testSeparatedSpeedupIntervals_areSignificant() throws {
        let a = SyntheticResults.document()
        let b = SyntheticResults.document(changing: "lb.select.roundRobin.n100") {
            $0.speedup = SyntheticResults.speedup(40)
        }

        let speedup = try row(ResultsComparison(a, b), "lb.select.roundRobin.n100", "speedup")

        XCTAssertEqual(speedup.a, 70)
        XCTAssertEqual(speedup.b, 40)
        XCTAssertEqual(try XCTUnwrap(speedup.change), 40.0 / 70 - 1, accuracy: 1e-12)
        XCTAssertEqual(speedup.significance, "yes")
    }

    func testDeterministicMetricChange_isExact() throws {
        let a = SyntheticResults.document()
        let b = SyntheticResults.document(changing: "sched.submit.fifo.n100") {
            $0.fixed[.instructions] = .exact(401, metric: .instructions, events: SyntheticResults.countedEvents)
        }

        let instructions = try row(ResultsComparison(a, b), "sched.submit.fifo.n100", "fixed instr/ev")

        XCTAssertEqual(instructions.significance, "exact")
    }

    func testTimesOnHostsNotComparable_areNotTested() throws {
        let a = SyntheticResults.document()
        var b = a
        b.host.logicalCores = 8

        let comparison = ResultsComparison(a, b)

        XCTAssertEqual(try row(comparison, "sched.submit.fifo.n100", "fixed ns/ev").significance, "hosts differ")
        XCTAssertEqual(comparison.notes, ["hosts not comparable (cores 2 vs 8): ns/event not tested"])
    }

    func testCasesOnOneSideOnly_areListedAndKept() throws {
        let a = SyntheticResults.document()
        var b = a
        b.cases.removeFirst()

        let comparison = ResultsComparison(a, b)

        XCTAssertEqual(comparison.notes, ["only in A: lb.select.roundRobin.n10"])
        let speedup = try row(comparison, "lb.select.roundRobin.n10", "speedup")
        XCTAssertNil(speedup.b)
        XCTAssertEqual(speedup.significance, "—")
    }

    func testTextRendering_matchesSnapshot() {
        let a = SyntheticResults.document()
        var b = SyntheticResults.document(changing: "lb.select.roundRobin.n100") {
            $0.speedup = SyntheticResults.speedup(40)
            $0.fixed = SyntheticResults.side(ns: 36, allocs: 0, bytes: 0, instructions: 82)
        }
        b.cases.removeLast(3)

        assertSnapshot(ResultsComparison(a, b).render(format: .text), named: "compare.txt")
    }
}
