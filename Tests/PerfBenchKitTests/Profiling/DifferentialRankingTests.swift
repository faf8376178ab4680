import XCTest

@testable import PerfBenchKit

final class DifferentialRankingTests: XCTestCase {
    func testLegacyAgainstFixed_ranksBySavedCostPerEvent() throws {
        let rows = DifferentialRanking.legacyAgainstFixed(
            legacy: ProfileFixtures.legacy(), fixed: ProfileFixtures.fixed())

        XCTAssertEqual(rows.first?.function, "Swift.MutableCollection.sort(by:)")
        let sort = try XCTUnwrap(rows.first)
        // 600 samples × 250 µs over 10 events.
        XCTAssertEqual(sort.legacyPerEvent, 15_000_000)
        XCTAssertEqual(sort.fixedPerEvent, 0)
        XCTAssertEqual(sort.legacyShare, 0.6)
        let lookup = try XCTUnwrap(rows.first { $0.function == "ComputeRuntime.Ring.lowerBound()" })
        // 500 samples × 250 µs over 100 000 events: the fix added 1250 ns per event here.
        XCTAssertEqual(lookup.savedPerEvent, -1_250)
        XCTAssertEqual(rows.last?.function, "ComputeRuntime.Ring.lowerBound()", "the most added cost ranks last")
    }

    func testShareChanges_largestChangeFirstAndUnchangedLeftOut() {
        var before = StackProfile()
        before.add(["a"], count: 50)
        before.add(["b"], count: 50)
        var after = StackProfile()
        after.add(["a"], count: 20)
        after.add(["b"], count: 20)
        after.add(["c"], count: 60)
        var same = StackProfile()
        same.add(["a"], count: 5)
        same.add(["b"], count: 5)

        let changes = DifferentialRanking.shareChanges(before: before, after: after)

        XCTAssertEqual(changes.map(\.function), ["c", "a", "b"])
        XCTAssertEqual(changes[0].change, 0.6, accuracy: 1e-12)
        XCTAssertEqual(changes[1].change, -0.3, accuracy: 1e-12)
        XCTAssertEqual(DifferentialRanking.shareChanges(before: before, after: same), [])
    }
}
