import PerfBenchKit
import XCTest

final class ToleranceTests: XCTestCase {
    func testGrowthLimitAllowance_isTheLargerOfAbsoluteAndRelative() {
        let limit = GrowthLimit(absolute: 10, relative: 0.02)

        XCTAssertEqual(limit.allowance(over: 100), 10)
        XCTAssertEqual(limit.allowance(over: 1000), 20)
        XCTAssertEqual(limit.allowance(over: 0), 10)
    }

    func testParse_keyAndValue_appliesToEveryCase() throws {
        let setting = try ToleranceSetting(parsing: "noise-multiple=3")

        XCTAssertEqual(setting, ToleranceSetting(casePattern: nil, key: .noiseMultiple, value: 3))
        XCTAssertTrue(setting.applies(to: "anything.at.all"))
    }

    func testParse_percentage_isStoredAsFraction() throws {
        XCTAssertEqual(try ToleranceSetting(parsing: "min-band=10%").value, 0.10, accuracy: 1e-12)
    }

    func testParse_metricKeys_includeCounterMetricsWithAColon() throws {
        let plain = try ToleranceSetting(parsing: "counter:instructions-rel=1%")
        let scoped = try ToleranceSetting(parsing: "lb.*:counter:instructions-abs=4")

        XCTAssertEqual(plain.key, .growthRelative(.counter("instructions")))
        XCTAssertNil(plain.casePattern)
        XCTAssertEqual(scoped.key, .growthAbsolute(.counter("instructions")))
        XCTAssertEqual(scoped.casePattern, "lb.*")
    }

    func testParse_casePattern_matchesExactIdOrPrefix() throws {
        let exact = try ToleranceSetting(parsing: "lb.select.roundRobin.n10:allocations-abs=1")
        let prefix = try ToleranceSetting(parsing: "lb.select.*:allocations-abs=1")

        XCTAssertTrue(exact.applies(to: "lb.select.roundRobin.n10"))
        XCTAssertFalse(exact.applies(to: "lb.select.roundRobin.n100"))
        XCTAssertTrue(prefix.applies(to: "lb.select.roundRobin.n100"))
        XCTAssertFalse(prefix.applies(to: "sched.submit.fifo.n100"))
    }

    func testParse_unknownKey_throwsAndListsTheKnownKeys() {
        XCTAssertThrowsError(try ToleranceSetting(parsing: "speed=1")) { error in
            XCTAssertEqual(error as? ToleranceError, .unknownKey("speed"))
            XCTAssertEqual(
                "\(error)",
                "tolerance key 'speed' unknown, expected one of allocations-abs, allocations-rel, bytes-abs, "
                    + "bytes-rel, counter:instructions-abs, counter:instructions-rel, instructions-abs, "
                    + "instructions-rel, noise-multiple, min-band, band-without-noise")
        }
    }

    func testParse_withoutEquals_isMalformed() {
        XCTAssertThrowsError(try ToleranceSetting(parsing: "noise-multiple")) { error in
            XCTAssertEqual(error as? ToleranceError, .malformed("noise-multiple"))
        }
    }

    func testParse_invalidValues_areRejected() {
        for text in ["allocations-abs=-1", "allocations-abs=5%", "noise-multiple=abc", "bytes-rel=inf"] {
            XCTAssertThrowsError(try ToleranceSetting(parsing: text), text) { error in
                guard case .invalidValue = error as? ToleranceError else { return XCTFail("\(text): \(error)") }
            }
        }
    }

    func testToleranceSet_caseDeclarationThenLaterSettingsWin() throws {
        var lb = SyntheticResults.cases[0]
        lb.tolerance = CaseTolerance(
            growth: [Metric.bytes.id: GrowthLimit(absolute: 64, relative: 0)], reason: "amortized growth")
        let set = ToleranceSet(settings: [
            try ToleranceSetting(parsing: "noise-multiple=3"),
            try ToleranceSetting(parsing: "lb.*:noise-multiple=5"),
        ])

        XCTAssertEqual(set.tolerance(for: lb).noiseMultiple, 5)
        XCTAssertEqual(set.tolerance(for: lb).growthLimit(.bytes), GrowthLimit(absolute: 64, relative: 0))
        XCTAssertEqual(set.tolerance(for: SyntheticResults.cases[3]).noiseMultiple, 3)
        XCTAssertEqual(
            set.tolerance(for: SyntheticResults.cases[3]).growthLimit(.bytes), Tolerance.defaults.growthLimit(.bytes))
    }

    func testPerCaseOverride_turnsARegressionIntoAPassForThatCaseOnly() throws {
        let baseline = SyntheticResults.document()
        var current = baseline
        for index in current.cases.indices {
            current.cases[index].fixed[.bytes] = .exact(12, metric: .bytes, events: SyntheticResults.countedEvents)
        }
        let gate = Gate(
            tolerances: ToleranceSet(settings: [try ToleranceSetting(parsing: "lb.select.*:bytes-abs=16")]))

        let report = try gate.evaluate(current: current, baseline: baseline)

        let statuses = Dictionary(uniqueKeysWithValues: report.verdicts.map { ($0.caseID, $0.status) })
        XCTAssertEqual(statuses["lb.select.roundRobin.n10"], .pass)
        XCTAssertEqual(statuses["sched.submit.fifo.n100"], .regressed)
    }

    func testDefaults_holdExactMetricsBelowOneUnitOfRealWork() {
        let defaults = Tolerance.defaults

        // One extra call costs ≥ 5 instructions, one lock 15, one allocation 1 per event.
        XCTAssertLessThan(defaults.growthLimit(.instructions)!.allowance(over: 100_000), 5)
        XCTAssertLessThan(defaults.growthLimit(.allocations)!.allowance(over: 10), 1)
        XCTAssertLessThan(defaults.growthLimit(.bytes)!.allowance(over: 10_000), 16)
        XCTAssertEqual(defaults.noiseMultiple, 6)
        XCTAssertEqual(defaults.minimumBand, 0.05)
    }
}
