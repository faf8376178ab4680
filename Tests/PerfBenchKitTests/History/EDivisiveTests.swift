import PerfBenchKit
import XCTest

final class EDivisiveTests: XCTestCase {
    private let detector = EDivisive.standard

    func testOneStep_isFoundAtTheFirstPointAfterIt() throws {
        var noise = SyntheticSeries(seed: 11)
        let values = noise.values(levels: SyntheticSeries.levels([(12, 100), (12, 125)]), noise: 0.03)

        let found = try detector.changePoints(in: SyntheticSeries.points(values))

        XCTAssertEqual(found.map(\.index), [12])
        let step = try XCTUnwrap(found.first)
        XCTAssertEqual(step.label, "c12")
        XCTAssertEqual(step.direction, .increase)
        XCTAssertEqual(try XCTUnwrap(step.relativeChange), 0.25, accuracy: 0.05)
        XCTAssertLessThanOrEqual(step.pValue, 0.05)
    }

    func testTwoSteps_areBothFoundInIndexOrder() throws {
        var noise = SyntheticSeries(seed: 12)
        let values = noise.values(levels: SyntheticSeries.levels([(10, 100), (10, 130), (10, 90)]), noise: 0.03)

        let found = try detector.changePoints(in: SyntheticSeries.points(values))

        XCTAssertEqual(found.map(\.index), [10, 20])
        XCTAssertEqual(found.map(\.direction), [.increase, .decrease])
        XCTAssertEqual(found[1].medianBefore, found[0].medianAfter)
    }

    func testStepAtTheNewestCommits_namesTheFirstCommitAfterIt() throws {
        var noise = SyntheticSeries(seed: 13)
        let values = noise.values(levels: SyntheticSeries.levels([(18, 100), (3, 140)]), noise: 0.03)

        let found = try detector.changePoints(in: SyntheticSeries.points(values))

        XCTAssertEqual(found.map(\.label), ["c18"])
    }

    func testExactMetricStep_isFoundWithTheExactSizes() throws {
        let values = SyntheticSeries.levels([(6, 1523), (4, 1538)])

        let found = try detector.changePoints(in: SyntheticSeries.points(values))

        XCTAssertEqual(found.map(\.index), [6])
        XCTAssertEqual(found.first?.medianBefore, 1523)
        XCTAssertEqual(found.first?.medianAfter, 1538)
        XCTAssertEqual(found.first?.absoluteChange, 15)
    }

    func testSingleNewestOutlier_isNotAStep() throws {
        var noise = SyntheticSeries(seed: 14)
        var values = noise.values(levels: SyntheticSeries.levels([(20, 100)]), noise: 0.03)
        values.append(160)

        let found = try detector.changePoints(in: SyntheticSeries.points(values))

        XCTAssertEqual(found, [])
    }

    func testSlowDrift_isReportedAsAStepNearItsMiddle() throws {
        var noise = SyntheticSeries(seed: 15)
        let drift = (0..<24).map { 100 * (1 + 0.01 * Double($0)) }
        let values = noise.values(levels: drift, noise: 0.01)

        let found = try detector.changePoints(in: SyntheticSeries.points(values))

        let first = try XCTUnwrap(found.first, "a 23 % drift over 24 commits should not go unnoticed")
        XCTAssertTrue(found.allSatisfy { $0.direction == .increase }, "\(found)")
        XCTAssertTrue((6...18).contains(first.index), "\(found)")
    }

    func testPureNoise_findsNoStepInAFixedSeries() throws {
        var noise = SyntheticSeries(seed: 16)
        let values = noise.values(levels: SyntheticSeries.levels([(30, 100)]), noise: 0.05)

        XCTAssertEqual(try detector.changePoints(in: SyntheticSeries.points(values)), [])
    }

    func testConstantSeries_hasNoChangePoint() throws {
        let values = SyntheticSeries.levels([(12, 42)])

        XCTAssertEqual(try detector.changePoints(in: SyntheticSeries.points(values)), [])
    }

    func testShortSeries_haveNoChangePoint() throws {
        for values in [[], [1.0], [1, 100], [1, 1, 100]] {
            XCTAssertEqual(try detector.changePoints(in: SyntheticSeries.points(values)), [], "\(values)")
        }
    }

    func testSameSeedAndSeries_giveTheSamePValues() throws {
        var noise = SyntheticSeries(seed: 17)
        let points = SyntheticSeries.points(
            noise.values(levels: SyntheticSeries.levels([(8, 100), (8, 108)]), noise: 0.04))

        XCTAssertEqual(try detector.changePoints(in: points), try detector.changePoints(in: points))
    }

    func testNonFiniteValue_throwsNamingThePoint() {
        let points = [HistoryPoint(label: "a", value: 1), HistoryPoint(label: "b", value: .nan)]

        XCTAssertThrowsError(try detector.changePoints(in: points)) { error in
            XCTAssertEqual("\(error)", "history point 'b': value nan is not a finite number")
        }
    }

    func testInvalidSignificance_throws() {
        XCTAssertThrowsError(try EDivisive(significance: 1)) { error in
            XCTAssertEqual(
                error as? ChangePointError,
                .invalidParameter(name: "significance", value: 1, expected: "0 < p < 1"))
        }
    }

    func testRegressionFollowsPolarity() {
        let step = ChangePoint(index: 3, label: "c3", medianBefore: 10, medianAfter: 12, pValue: 0.01, statistic: 5)

        XCTAssertTrue(step.isRegression(lowerIsBetter: true))
        XCTAssertFalse(step.isRegression(lowerIsBetter: false))
    }
}
