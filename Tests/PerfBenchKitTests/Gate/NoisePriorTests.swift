import PerfBenchKit
import XCTest

/// Each case's recorded A/A noise is moderated toward the catalog's median (`NoisePrior`).
final class NoisePriorTests: XCTestCase {
    private let roundRobin = "lb.select.roundRobin.n100"
    private let speedupKey = NoiseKey.ratio(.speedup)

    /// The synthetic catalog with `sd` recorded for every figure of every case, and `quiet` for
    /// round robin n100.
    private func baseline(sd: Double, quiet: Double? = nil) -> ResultsDocument {
        var document = SyntheticResults.document()
        for index in document.cases.indices {
            let own = document.cases[index].id == roundRobin ? quiet ?? sd : sd
            document.cases[index].noise = CaseNoise(
                runs: 8,
                logSD: [NoiseKey.time(.fixed): own, NoiseKey.time(.legacy): own, NoiseKey.ratio(.speedup): own])
        }
        return document
    }

    func testPooledVarianceIsTheMedianOverCases() {
        var document = baseline(sd: 0.05, quiet: 0.01)
        document.cases[0].noise?.logSD[speedupKey] = 0.2
        document.cases[3].noise?.logSD[speedupKey] = 0.03

        let prior = NoisePrior(baseline: document)

        // Variances 0.04, 0.0001, 0.0025, 0.0009, 0.0025: the median is 0.0025.
        XCTAssertEqual(try XCTUnwrap(prior.pooledVariance[speedupKey]), 0.0025, accuracy: 1e-12)
    }

    func testCasesThatDoNotJudgeTimeStayOutOfThePrior() {
        var document = baseline(sd: 0.05)
        document.cases[0].tolerance = CaseTolerance(judgesTimeDrift: false, reason: "two threads")
        document.cases[0].noise?.logSD[speedupKey] = 2.0
        document.cases[1].noise?.logSD[speedupKey] = 2.0

        let prior = NoisePrior(baseline: document)

        // Left: 2.0 (case 1) and three at 0.05, so the median is still 0.05².
        XCTAssertEqual(try XCTUnwrap(prior.pooledVariance[speedupKey]), 0.0025, accuracy: 1e-12)
    }

    func testModeratedSDGivesTheCaseAndTheCatalogEqualWeight() throws {
        let prior = NoisePrior(pooledVariance: [speedupKey: 0.05 * 0.05])
        let noise = CaseNoise(runs: 8, logSD: [speedupKey: 0.008])

        let moderated = try XCTUnwrap(prior.moderatedSD(speedupKey, noise: noise))

        XCTAssertEqual(moderated, ((0.0025 + 0.008 * 0.008) / 2).squareRoot(), accuracy: 1e-12)
    }

    func testFigureTheCatalogNeverMeasuredKeepsItsOwnSD() {
        let prior = NoisePrior(pooledVariance: [:])

        XCTAssertEqual(prior.moderatedSD(speedupKey, noise: CaseNoise(runs: 8, logSD: [speedupKey: 0.03])), 0.03)
        XCTAssertNil(prior.moderatedSD(speedupKey, noise: CaseNoise(runs: 8, logSD: [:])))
    }

    /// The measured false alarm: a case whose 8 A/A runs agreed within 1 % fell 12.5 % in the next
    /// gate. Against a catalog whose typical sd is 0.05 its band is 6 × 0.0358 = 24.0 %, not 5 %.
    func testLuckilyQuietCaseIsNotJudgedOnItsLuck() throws {
        let current = SyntheticResults.document(changing: roundRobin) {
            $0.speedup = SyntheticResults.speedup(70 * 0.875, halfWidth: 0.02)
        }

        let report = try Gate().evaluate(current: current, baseline: baseline(sd: 0.05, quiet: 0.008))

        let drift = try XCTUnwrap(
            report.verdicts.first { $0.caseID == roundRobin }?.checks.first { $0.rule == .sampledDrift(speedupKey) })
        XCTAssertEqual(drift.status, .pass, drift.detail)
        XCTAssertTrue(drift.detail.contains("band [-19.3%, +24.0%] from 6.00×sd of 8 A/A runs moderated"), drift.detail)
    }

    func testAQuietCatalogStillCatchesTheSameFall() throws {
        let current = SyntheticResults.document(changing: roundRobin) {
            $0.speedup = SyntheticResults.speedup(70 * 0.875, halfWidth: 0.02)
        }

        let report = try Gate().evaluate(current: current, baseline: baseline(sd: 0.008))

        XCTAssertEqual(report.verdicts.first { $0.caseID == roundRobin }?.status, .regressed)
    }

    /// `check --cases` narrows the baseline; the prior set from the whole one keeps the band.
    func testPriorFromTheWholeBaselineSurvivesNarrowing() throws {
        let whole = baseline(sd: 0.05, quiet: 0.008)
        var narrowed = whole
        narrowed.cases.removeAll { $0.id != roundRobin }
        let current = SyntheticResults.document(changing: roundRobin) {
            $0.speedup = SyntheticResults.speedup(70 * 0.875, halfWidth: 0.02)
        }
        var narrowedCurrent = current
        narrowedCurrent.cases.removeAll { $0.id != roundRobin }
        var gate = Gate()
        gate.noisePrior = NoisePrior(baseline: whole)

        let withPrior = try gate.evaluate(current: narrowedCurrent, baseline: narrowed)
        let withoutPrior = try Gate().evaluate(current: narrowedCurrent, baseline: narrowed)

        XCTAssertEqual(withPrior.outcome, .pass)
        // Alone, the quiet case is its own catalog: the 5 % minimum band again.
        XCTAssertEqual(withoutPrior.outcome, .regression)
    }
}
