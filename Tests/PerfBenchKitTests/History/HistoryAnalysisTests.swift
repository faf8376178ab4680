import PerfBenchKit
import XCTest

/// `perfbench history`'s analysis on synthetic histories with known steps: which steps it finds,
/// which commit each names, and which it judges a regression.
final class HistoryAnalysisTests: XCTestCase {
    private static let commits = 10

    /// `commits` values: `before` up to `at`, then `after`.
    private func step(_ before: Double, _ after: Double, at: Int) -> [Double] {
        (0..<Self.commits).map { $0 < at ? before : after }
    }

    /// `commits` values around `level` with seeded Gaussian noise of relative sd `noise`.
    private func noisy(_ level: Double, noise: Double, seed: UInt64) -> [Double] {
        var series = SyntheticSeries(seed: seed)
        return series.values(levels: Array(repeating: level, count: Self.commits), noise: noise)
    }

    private func analysis(_ entries: [HistoryEntry]) throws -> HistoryAnalysis {
        try HistoryAnalysis(entries: entries)
    }

    private func series(_ analysis: HistoryAnalysis, _ figure: HistoryFigure) throws -> HistoryAnalysis.Series {
        try XCTUnwrap(analysis.cases.first?.series.first { $0.figure == figure }, "no series \(figure)")
    }

    // MARK: - The three outcomes

    func testRegressionStep_inInstructions_isFoundAtItsCommitAndFails() throws {
        let history = try analysis(
            SyntheticHistory.entries(
                times: noisy(21, noise: 0.03, seed: 1), instructions: step(82, 132, at: 7),
                speedups: noisy(70, noise: 0.03, seed: 2)))

        let instructions = try series(history, .side(.fixed, .instructions))
        XCTAssertEqual(instructions.changePoints.map(\.label), [SyntheticHistory.label(7)])
        XCTAssertEqual(instructions.changePoints.first?.medianBefore, 82)
        XCTAssertEqual(instructions.changePoints.first?.medianAfter, 132)
        XCTAssertEqual(instructions.judgement?.status, .regression)
        XCTAssertTrue(history.hasRegression)
    }

    func testRegressionStep_inTime_beyondTheThreshold_fails() throws {
        let times = zip(noisy(21, noise: 0.02, seed: 3), step(1, 1.4, at: 6)).map { $0 * $1 }
        let history = try analysis(
            SyntheticHistory.entries(
                times: times, instructions: step(82, 82, at: 0), speedups: noisy(70, noise: 0.02, seed: 4)))

        let time = try series(history, .side(.fixed, .time))
        XCTAssertEqual(time.changePoints.last?.label, SyntheticHistory.label(6))
        XCTAssertEqual(time.judgement?.status, .regression)
        XCTAssertTrue(history.hasRegression)
    }

    func testPureNoise_passes() throws {
        let history = try analysis(
            SyntheticHistory.entries(
                times: noisy(21, noise: 0.05, seed: 5), instructions: step(82, 82, at: 0),
                speedups: noisy(70, noise: 0.05, seed: 6)))

        XCTAssertEqual(try series(history, .side(.fixed, .instructions)).changePoints, [])
        XCTAssertFalse(history.hasRegression)
    }

    func testImprovementStep_isFoundAndPasses() throws {
        let history = try analysis(
            SyntheticHistory.entries(
                times: zip(noisy(21, noise: 0.02, seed: 7), step(1.5, 1, at: 7)).map { $0 * $1 },
                instructions: step(132, 82, at: 7), speedups: step(50, 70, at: 7)))

        for figure in [HistoryFigure.side(.fixed, .instructions), .side(.fixed, .time), .ratio(.speedup)] {
            let found = try series(history, figure)
            XCTAssertEqual(found.changePoints.last?.label, SyntheticHistory.label(7), "\(figure)")
            XCTAssertEqual(found.judgement?.status, .improvement, "\(figure)")
        }
        XCTAssertFalse(history.hasRegression)
    }

    // MARK: - Tolerances

    func testSmallExactStep_withinTheGrowthLimit_isFoundButPasses() throws {
        let history = try analysis(
            SyntheticHistory.entries(
                times: noisy(21, noise: 0.03, seed: 8), instructions: step(82, 82.25, at: 6),
                speedups: noisy(70, noise: 0.03, seed: 9)))

        let instructions = try series(history, .side(.fixed, .instructions))
        XCTAssertEqual(instructions.changePoints.map(\.label), [SyntheticHistory.label(6)])
        XCTAssertEqual(instructions.judgement, StepJudgement(status: .withinTolerance, detail: "allowed ±0.50"))
        XCTAssertFalse(history.hasRegression)
    }

    func testCaseDeclaredGrowthLimit_replacesTheDefault() throws {
        let tolerance = CaseTolerance(
            growth: [Metric.instructions.id: GrowthLimit(absolute: 100, relative: 0)], reason: "jumpy in tests")
        let history = try analysis(
            SyntheticHistory.entries(
                times: noisy(21, noise: 0.03, seed: 1), instructions: step(82, 132, at: 7),
                speedups: noisy(70, noise: 0.03, seed: 2), tolerance: tolerance))

        XCTAssertEqual(try series(history, .side(.fixed, .instructions)).judgement?.status, .withinTolerance)
        XCTAssertFalse(history.hasRegression)
    }

    func testCaseThatDoesNotJudgeTimeDrift_hasItsTimeStepNotJudged() throws {
        let times = zip(noisy(21, noise: 0.02, seed: 3), step(1, 1.4, at: 6)).map { $0 * $1 }
        let history = try analysis(
            SyntheticHistory.entries(
                times: times, instructions: step(82, 82, at: 0), speedups: noisy(70, noise: 0.02, seed: 4),
                tolerance: CaseTolerance(judgesTimeDrift: false, reason: "two threads on two vCPUs")))

        XCTAssertEqual(try series(history, .side(.fixed, .time)).judgement?.status, .notJudged)
        XCTAssertFalse(history.hasRegression)
    }

    func testOnlyTheNewestStepIsJudged() throws {
        // A regression at commit 4, then an improvement at commit 8 that does not undo all of it.
        let instructions = SyntheticSeries.levels([(4, 82), (4, 132), (4, 100)])
        let history = try analysis(
            SyntheticHistory.entries(
                times: Array(repeating: 21, count: 12), instructions: instructions,
                speedups: Array(repeating: 70, count: 12)))

        let found = try series(history, .side(.fixed, .instructions))
        XCTAssertEqual(found.changePoints.map(\.label), [SyntheticHistory.label(4), SyntheticHistory.label(8)])
        XCTAssertEqual(found.changePoints.map(\.isRegressionForLowerIsBetter), [true, false])
        XCTAssertEqual(found.judgement?.status, .improvement)
        XCTAssertFalse(history.hasRegression)
    }

    // MARK: - What goes into a series

    func testSeries_followEveryFixedMetricThenTheRatios() throws {
        let history = try analysis(
            SyntheticHistory.entries(
                times: step(21, 21, at: 0), instructions: step(82, 82, at: 0), speedups: step(70, 70, at: 0)))

        XCTAssertEqual(
            history.cases.first?.series.map(\.figure),
            [
                .side(.fixed, .time), .side(.fixed, .cpuTime), .side(.fixed, .allocations), .side(.fixed, .bytes),
                .side(.fixed, .instructions), .ratio(.speedup),
            ])
    }

    func testRunsOfTheOtherPlan_areLeftOutWithANote() throws {
        var entries = SyntheticHistory.entries(
            times: step(21, 21, at: 0), instructions: step(82, 82, at: 0), speedups: step(70, 70, at: 0))
        entries[2].document.quick = false

        let history = try analysis(entries)

        XCTAssertEqual(history.entries.count, Self.commits - 1)
        XCTAssertEqual(history.notes.count, 1)
        XCTAssertTrue(history.notes[0].hasPrefix("1 run(s) of the other plan left out"), history.notes[0])
    }

    func testExactPointsOverOtherEvents_areLeftOut() throws {
        var entries = SyntheticHistory.entries(
            times: step(21, 21, at: 0), instructions: step(82, 82, at: 0), speedups: step(70, 70, at: 0))
        entries[1].document.cases[0].fixed[.instructions] = .exact(90, metric: .instructions, events: 100)

        let instructions = try series(try analysis(entries), .side(.fixed, .instructions))

        XCTAssertEqual(instructions.points.count, Self.commits - 1)
        XCTAssertFalse(instructions.points.contains { $0.value == 90 })
        XCTAssertEqual(
            instructions.notes,
            ["1 point(s) left out: counted over other events than the newest run's \(SyntheticResults.countedEvents)"])
    }

    func testCasePattern_selectsCases() throws {
        let entries = SyntheticHistory.entries(
            times: step(21, 21, at: 0), instructions: step(82, 82, at: 0), speedups: step(70, 70, at: 0))

        XCTAssertEqual(try HistoryAnalysis(entries: entries, patterns: ["lb.select.*"]).cases.count, 1)
        XCTAssertEqual(try HistoryAnalysis(entries: entries, patterns: ["sched.*"]).cases.count, 0)
    }

    func testSlimmedRuns_chartTimeWithTheInterquartileRange() throws {
        var entries = SyntheticHistory.entries(
            times: step(21, 21, at: 0), instructions: step(82, 82, at: 0), speedups: step(70, 70, at: 0))
        entries[0].document = entries[0].document.slimmed()
        let fixed = entries[0].document.cases[0].fixed

        let time = try series(try analysis(entries), .side(.fixed, .time))

        XCTAssertEqual(time.points[0].lower, fixed[.time]?.p25)
        XCTAssertEqual(time.points[0].upper, fixed[.time]?.p75)
        XCTAssertNotEqual(time.points[1].lower, fixed[.time]?.p25, "kept rounds give the median's interval")
    }
}

extension ChangePoint {
    fileprivate var isRegressionForLowerIsBetter: Bool { isRegression(lowerIsBetter: true) }
}
