import PerfBenchKit
import XCTest

final class SweepTests: XCTestCase {
    private func result(_ id: String, params: [String: Int] = [:]) -> CaseResult {
        SyntheticResults.caseResult(
            id, items: [148], params: params, legacy: SyntheticResults.side(ns: 10, allocs: 0, bytes: 0),
            fixed: SyntheticResults.side(ns: 5, allocs: 0, bytes: 0), speedup: nil, minSpeedup: 1)
    }

    func testTrailingSizeComponents_formASweepSortedBySize() throws {
        let cases = [result("a.b.c.n1000"), result("a.b.c.n10"), result("a.b.c.n100"), result("x.y.z.n10")]

        let sweeps = Sweep.find(in: cases)

        XCTAssertEqual(sweeps.count, 1)
        let sweep = try XCTUnwrap(sweeps.first)
        XCTAssertEqual(sweep.name, "a.b.c")
        XCTAssertEqual(sweep.parameter, "n")
        XCTAssertEqual(sweep.points.map(\.size), [10, 100, 1000])
    }

    func testParamsDifferingInOneKey_formASweep() throws {
        let cases = [
            result("sched.tick.small", params: ["tasks": 8, "workers": 2]),
            result("sched.tick.large", params: ["tasks": 512, "workers": 2]),
        ]

        let sweep = try XCTUnwrap(Sweep.find(in: cases).first)

        XCTAssertEqual(sweep.parameter, "tasks")
        XCTAssertEqual(sweep.points.map(\.result.id), ["sched.tick.small", "sched.tick.large"])
    }

    func testParamsDifferingInTwoKeys_areNotASweep() {
        let cases = [
            result("sched.tick.small", params: ["tasks": 8, "workers": 2]),
            result("sched.tick.large", params: ["tasks": 512, "workers": 4]),
        ]

        XCTAssertEqual(Sweep.find(in: cases), [])
    }

    func testMixedLetterPrefixes_fallBackToParams() {
        let cases = [result("lb.ring.k10", params: ["keys": 10]), result("lb.ring.n10", params: ["keys": 10])]

        XCTAssertEqual(Sweep.find(in: cases), [], "same params, different letters: not a sweep")
    }

    func testUnsizedVariantInTheGroup_isLeftOutOfTheSweep() throws {
        let cases = [result("lb.ring.lookup.n10"), result("lb.ring.lookup.cold"), result("lb.ring.lookup.n100")]

        let sweep = try XCTUnwrap(Sweep.find(in: cases).first)

        XCTAssertEqual(sweep.points.map(\.result.id), ["lb.ring.lookup.n10", "lb.ring.lookup.n100"])
    }
}
