import PerfBenchKit
import XCTest

#if canImport(Glibc)
import Glibc
#endif

/// Context switches and CPU migrations happen in the kernel: counted user-space only they read 0
/// whatever happens. They must count with the kernel included, or be unavailable with the reason.
final class KernelSideEventTests: XCTestCase {
    func testKernelSideEvents_encodeWithTheKernelIncluded_othersDoNot() throws {
        for name in ["context-switches", "cs", "cpu-migrations"] {
            XCTAssertFalse(try EventEncoding.encode(name).excludesKernel, name)
        }
        XCTAssertTrue(try EventEncoding.encode("task-clock").excludesKernel)
        XCTAssertTrue(try EventEncoding.encode("page-faults").excludesKernel)
    }

    func testContextSwitches_countSleepsOrAreUnavailableWithTheReason_neverAMeasuredZero() throws {
        let group: CounterGroup
        do {
            group = try CounterGroup(events: ["context-switches"])
        } catch {
            // Not permitted here (non-root, perf_event_paranoid ≥ 2): the reason must say why.
            XCTAssertTrue("\(error)".contains("counts kernel work only"), "\(error)")
            return
        }
        try group.enable()
        let before = try group.read()
        for _ in 0..<5 { usleep(2_000) }  // each sleep gives the CPU away: one context switch at least
        let delta = try group.read().delta(since: before)

        XCTAssertGreaterThanOrEqual(delta.values[0], 5, "a user-only count would read 0 here")
    }

    func testKernelModeDenied_describesTheEventTheLevelAndTheErrno() {
        let error = CounterError.kernelModeDenied(name: "context-switches", errno: EACCES, paranoid: 2)

        XCTAssertEqual(
            error.description,
            "event 'context-switches' unavailable: it counts kernel work only, and counting the kernel is not "
                + "permitted here (perf_event_paranoid is 2, no CAP_PERFMON) (EACCES)")
        XCTAssertEqual(error.eventName, "context-switches")
    }
}
