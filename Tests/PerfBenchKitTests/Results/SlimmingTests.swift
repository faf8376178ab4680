import PerfBenchKit
import XCTest

final class SlimmingTests: XCTestCase {
    func testSlimmed_dropsEveryRound_andKeepsEverySummary() throws {
        let full = SyntheticResults.document()

        let slim = full.slimmed()

        for (before, after) in zip(full.cases, slim.cases) {
            for side in before.sides {
                XCTAssertNotNil(before[side]?.rounds, "\(before.id) \(side): the fixture has rounds")
                XCTAssertNil(after[side]?.rounds, "\(after.id) \(side)")
                XCTAssertEqual(after[side]?.metrics, before[side]?.metrics, "\(after.id) \(side)")
            }
            XCTAssertEqual(after.ratios, before.ratios)
            XCTAssertEqual(after.notes, before.notes + [ResultsDocument.slimmedNote])
        }
        XCTAssertEqual(slim.host, full.host)
        XCTAssertEqual(slim.method, full.method)
    }

    func testSlimmed_isIdempotent_andSmaller() throws {
        let full = SyntheticResults.document()
        let slim = full.slimmed()

        XCTAssertEqual(slim.slimmed(), slim)
        XCTAssertLessThan(try ResultsStore.encode(slim).count, try ResultsStore.encode(full).count / 2)
    }

    func testSlimmed_readsBackAsAResultsFile() throws {
        let slim = SyntheticResults.document().slimmed()

        XCTAssertEqual(try ResultsStore.decode(try ResultsStore.encode(slim), path: "slim.json"), slim)
    }

    func testSlimmed_caseWithoutRounds_getsNoNote() {
        var document = SyntheticResults.document()
        document.cases = [document.cases[0].withoutRounds]

        XCTAssertEqual(document.slimmed().cases[0].notes, [])
    }
}

extension CaseResult {
    fileprivate var withoutRounds: CaseResult {
        var result = self
        for side in sides { result[side]?.rounds = nil }
        return result
    }
}
