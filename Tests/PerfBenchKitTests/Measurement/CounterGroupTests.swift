import PerfBenchKit
import XCTest

#if canImport(Glibc)
import Glibc
#endif

final class CounterGroupTests: XCTestCase {
    func testTaskClock_risesOverBusyLoop() throws {
        let group = try CounterGroup(events: ["task-clock", "page-faults"])
        try group.enable()

        let before = try group.read()
        blackHole(busyLoop(iterations: 2_000_000))
        let delta = try group.read().delta(since: before)

        XCTAssertEqual(group.eventNames, ["task-clock", "page-faults"])
        XCTAssertEqual(delta.values.count, 2)
        XCTAssertGreaterThan(delta.values[0], 0, "task-clock counts nanoseconds on the CPU")
        XCTAssertGreaterThan(delta.timeEnabledNanoseconds, 0)
        XCTAssertFalse(delta.isMultiplexed, "software events are never multiplexed")
    }

    func testPageFaults_riseWhenFreshPagesAreTouched() throws {
        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        let pageCount = 64
        let length = pageSize * pageCount
        let mapping = try XCTUnwrap(mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0))
        XCTAssertNotEqual(mapping, MAP_FAILED)
        defer { munmap(mapping, length) }
        // One fault per page needs small pages: a transparent huge page would serve 512 at once.
        _ = madvise(mapping, length, MADV_NOHUGEPAGE)
        let group = try CounterGroup(events: ["page-faults", "minor-faults"])
        try group.enable()

        let before = try group.read()
        let bytes = mapping.assumingMemoryBound(to: UInt8.self)
        for page in 0..<pageCount { bytes[page * pageSize] = 1 }
        let delta = try group.read().delta(since: before)

        XCTAssertGreaterThanOrEqual(delta.values[0], UInt64(pageCount))
        XCTAssertGreaterThanOrEqual(delta.values[1], UInt64(pageCount))
    }

    func testDisabledGroup_countsNothing() throws {
        let group = try CounterGroup(events: ["task-clock"])

        let before = try group.read()
        blackHole(busyLoop(iterations: 200_000))
        let delta = try group.read().delta(since: before)

        XCTAssertEqual(delta.values, [0])
        XCTAssertEqual(delta.timeEnabledNanoseconds, 0)
    }

    func testReset_zeroesValuesButKeepsTimeFields() throws {
        let group = try CounterGroup(events: ["task-clock"])
        try group.enable()
        blackHole(busyLoop(iterations: 200_000))
        try group.disable()
        let before = try group.read()

        try group.reset()
        let after = try group.read()

        XCTAssertGreaterThan(before.values[0], 0)
        XCTAssertEqual(after.values, [0])
        XCTAssertEqual(after.timeEnabledNanoseconds, before.timeEnabledNanoseconds)
    }

    func testHardwareEvent_withoutPMU_isUnavailableWithENOENT() throws {
        try XCTSkipIf(HostProbe.pmuStatus().available, "this host has a PMU: the ENOENT branch cannot be shown")

        let error = openError(["task-clock", "cycles"])

        guard case .openFailed(let name, let errno, let isHardware, _)? = error else {
            return XCTFail("expected openFailed, got \(String(describing: error))")
        }
        XCTAssertEqual(name, "cycles")
        XCTAssertEqual(errno, ENOENT)
        XCTAssertTrue(isHardware)
        XCTAssertEqual(error?.description, "event 'cycles' unavailable: no hardware PMU on this host (ENOENT)")
    }

    func testHardwareEvent_withPMU_countsInstructions() throws {
        try XCTSkipUnless(HostProbe.pmuStatus().available, "no hardware PMU on this host (ENOENT)")
        let group = try CounterGroup(events: ["instructions"])
        try group.enable()

        let before = try group.read()
        blackHole(busyLoop(iterations: 100_000))
        let delta = try group.read().delta(since: before)

        XCTAssertGreaterThan(delta.values[0], 100_000)
    }

    func testOpeningAvailableOf_opensOpenableSubsetAndListsTheRestWithReasons() throws {
        let pmuAvailable = HostProbe.pmuStatus().available

        let group = CounterGroup(openingAvailableOf: ["task-clock", "cycles", "no-such-event", "page-faults"])

        if pmuAvailable {
            XCTAssertEqual(group.eventNames, ["task-clock", "cycles", "page-faults"])
            XCTAssertEqual(group.unavailable, [.unknownEvent(name: "no-such-event")])
        } else {
            XCTAssertEqual(group.eventNames, ["task-clock", "page-faults"])
            XCTAssertEqual(group.unavailable.map(\.eventName), ["cycles", "no-such-event"])
            XCTAssertEqual(group.unavailable.last, .unknownEvent(name: "no-such-event"))
        }
        try group.enable()
        let reading = try group.read()
        XCTAssertEqual(reading.values.count, group.eventNames.count)
    }

    func testOpeningAvailableOf_nothingOpenable_isEmptyGroupWithEmptyReadings() throws {
        let group = CounterGroup(openingAvailableOf: ["no-such-event"])

        try group.enable()
        let reading = try group.read()

        XCTAssertEqual(group.eventNames, [])
        XCTAssertEqual(reading.values, [])
        XCTAssertEqual(group.unavailable, [.unknownEvent(name: "no-such-event")])
    }

    func testUnknownEvent_failsWholeGroupNamingIt() {
        let error = openError(["task-clock", "no-such-event"])

        XCTAssertEqual(error, .unknownEvent(name: "no-such-event"))
    }

    private func openError(_ events: [String]) -> CounterError? {
        do {
            _ = try CounterGroup(events: events)
            return nil
        } catch {
            return error
        }
    }
}

@inline(never)
private func busyLoop(iterations: Int) -> UInt64 {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<iterations {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
    }
    return state
}

@inline(never)
private func blackHole(_ value: UInt64) {
    withExtendedLifetime(value) {}
}
