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
        let setting = try ToleranceSetting(parsing: "speedup-drop=0.4")

        XCTAssertEqual(setting, ToleranceSetting(casePattern: nil, key: .speedupDrop, value: 0.4))
        XCTAssertTrue(setting.applies(to: "anything.at.all"))
    }

    func testParse_percentage_isStoredAsFraction() throws {
        XCTAssertEqual(try ToleranceSetting(parsing: "time-growth=35%").value, 0.35, accuracy: 1e-12)
    }

    func testParse_casePattern_matchesExactIdOrPrefix() throws {
        let exact = try ToleranceSetting(parsing: "lb.select.roundRobin.n10:allocs-abs=1")
        let prefix = try ToleranceSetting(parsing: "lb.select.*:allocs-abs=1")

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
                "tolerance key 'speed' unknown, expected one of allocs-abs, allocs-rel, bytes-abs, bytes-rel, "
                    + "instructions-abs, instructions-rel, speedup-drop, time-growth")
        }
    }

    func testParse_withoutEquals_isMalformed() {
        XCTAssertThrowsError(try ToleranceSetting(parsing: "speedup-drop")) { error in
            XCTAssertEqual(error as? ToleranceError, .malformed("speedup-drop"))
        }
    }

    func testParse_invalidValues_areRejected() {
        for text in ["allocs-abs=-1", "allocs-abs=5%", "speedup-drop=1", "time-growth=abc", "bytes-rel=inf"] {
            XCTAssertThrowsError(try ToleranceSetting(parsing: text), text) { error in
                guard case .invalidValue = error as? ToleranceError else { return XCTFail("\(text): \(error)") }
            }
        }
    }

    func testToleranceSet_laterSettingsWinAndOnlyMatchingOnesApply() throws {
        let set = ToleranceSet(settings: [
            try ToleranceSetting(parsing: "speedup-drop=0.3"),
            try ToleranceSetting(parsing: "lb.*:speedup-drop=0.5"),
        ])

        XCTAssertEqual(set.tolerance(for: "lb.select.roundRobin.n10").speedupDrop, 0.5)
        XCTAssertEqual(set.tolerance(for: "sched.submit.fifo.n100").speedupDrop, 0.3)
        XCTAssertEqual(set.tolerance(for: "sched.submit.fifo.n100").allocsPerEvent, Tolerance.defaults.allocsPerEvent)
    }

    func testPerCaseOverride_turnsARegressionIntoAPassForThatCaseOnly() throws {
        let baseline = SyntheticResults.document()
        var current = baseline
        for index in current.cases.indices { current.cases[index].fixed.bytesPerEvent = 12 }
        let gate = Gate(tolerances: ToleranceSet(settings: [try ToleranceSetting(parsing: "lb.select.*:bytes-abs=16")]))

        let report = gate.evaluate(current: current, baseline: baseline)

        let statuses = Dictionary(uniqueKeysWithValues: report.verdicts.map { ($0.caseID, $0.status) })
        XCTAssertEqual(statuses["lb.select.roundRobin.n10"], .pass)
        XCTAssertEqual(statuses["sched.submit.fifo.n100"], .regressed)
    }

    func testDefaults_areTheDocumentedValues() {
        let defaults = Tolerance.defaults

        XCTAssertEqual(defaults.allocsPerEvent, GrowthLimit(absolute: 0.05, relative: 0.02))
        XCTAssertEqual(defaults.bytesPerEvent, GrowthLimit(absolute: 8, relative: 0.02))
        XCTAssertEqual(defaults.instructionsPerEvent, GrowthLimit(absolute: 10, relative: 0.02))
        XCTAssertEqual(defaults.speedupDrop, 0.30)
        XCTAssertEqual(defaults.timeGrowth, 0.50)
    }
}
