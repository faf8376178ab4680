import PerfBenchKit
import XCTest

final class EngineSelectionTests: XCTestCase {
    private let host = HostProbe.probe()

    func testWallIsAlwaysAvailableAndSaysItWasRequested() throws {
        let selection = try EngineSelection.resolve(RunRequest(engine: .wall), host: host)

        XCTAssertEqual(selection.resolved.record.used, .wall)
        XCTAssertEqual(selection.resolved.record.requested, .wall)
        XCTAssertNil(selection.callgrind)
    }

    func testUnknownCounterNameIsAUsageError() {
        XCTAssertThrowsError(
            try EngineSelection.resolve(RunRequest(engine: .perf, counters: ["no-such-counter-xyz"]), host: host)
        ) { error in
            XCTAssertEqual((error as? EngineError)?.isUsageError, true, "\(error)")
        }
    }

    func testAutoPicksTheRichestEngineThisHostHasAndSaysWhy() throws {
        let selection = try EngineSelection.resolve(RunRequest(), host: host)
        let record = selection.resolved.record

        XCTAssertEqual(record.requested, .auto)
        if host.pmu.available {
            XCTAssertEqual(record.used, .perf)
        } else if host.valgrind.available {
            XCTAssertEqual(record.used, .callgrind)
            XCTAssertNotNil(selection.callgrind)
            XCTAssertTrue(record.reason.contains(host.pmu.reason ?? "no hardware PMU"), record.reason)
            let missing = Set(selection.resolved.unavailableCounters.map(\.metric))
            XCTAssertTrue(
                missing.isSuperset(
                    of: ["instructions", "cycles", "branch-misses", "cache-misses"].map {
                        Metric.counter($0).id
                    }))
        } else {
            XCTAssertTrue([.perf, .wall].contains(record.used))
        }
    }

    func testPerfWithoutPMUListsHardwareCountersAsUnavailableNeverZero() throws {
        try XCTSkipIf(host.pmu.available, "this host has a PMU: hardware counters open")

        let selection = try EngineSelection.resolve(RunRequest(engine: .perf), host: host)

        XCTAssertFalse(selection.resolved.timing.counterNames.contains("instructions"))
        let reasons = Dictionary(
            selection.resolved.unavailableCounters.map { ($0.metric, $0.reason) }, uniquingKeysWith: { a, _ in a })
        XCTAssertTrue(reasons["counter:cycles"]?.contains("ENOENT") ?? false, "\(reasons)")
    }
}
