import ArgumentParser
import PerfbenchCLI
import XCTest

final class CountersCommandTests: XCTestCase {
    func testEvents_splitOnCommasAcrossRepeatsWithoutDuplicates() throws {
        let command = try XCTUnwrap(
            PerfbenchCommand.parseAsRoot([
                "counters", "--events", "task-clock, perf_raw::r00c0", "--events", "task-clock",
            ])
                as? CountersCommand
        )

        XCTAssertEqual(command.eventList.events, ["task-clock", "perf_raw::r00c0"])
        XCTAssertEqual(command.events.suffix(1), ["perf_raw::r00c0"], "extra names follow the defaults once")
        XCTAssertFalse(command.json)
    }

    func testJSONFlag_parses() throws {
        let command = try XCTUnwrap(PerfbenchCommand.parseAsRoot(["counters", "--json"]) as? CountersCommand)

        XCTAssertTrue(command.json)
        XCTAssertEqual(
            command.events,
            [
                "instructions", "cycles", "branches", "branch-misses", "cache-references",
                "cache-misses", "task-clock", "cpu-clock", "page-faults", "minor-faults", "major-faults",
                "context-switches", "cpu-migrations",
            ])
    }

    func testUnknownEvent_isUsageErrorNamingIt() {
        XCTAssertThrowsError(try PerfbenchCommand.parseAsRoot(["counters", "--events", "task-clock,no-such-event"])) {
            error in
            XCTAssertEqual(PerfbenchCommand.exitCode(for: error), ExitStatus.usage)
            let message = PerfbenchCommand.message(for: error)
            XCTAssertTrue(
                message.hasPrefix("event 'no-such-event' unknown: libpfm4 cannot encode it (PFM_ERR_NOTFOUND)"), message
            )
        }
    }
}
