import PerfBenchKit
import XCTest

#if canImport(Glibc)
import Glibc
#endif

final class CounterErrorTests: XCTestCase {
    func testDescriptions_areOneLineWithSubjectReasonAndSymbol() {
        let cases: [(CounterError, String)] = [
            (
                .openFailed(name: "cycles", errno: ENOENT, isHardware: true, paranoid: 2),
                "event 'cycles' unavailable: no hardware PMU on this host (ENOENT)"
            ),
            (
                .openFailed(name: "cycles", errno: EACCES, isHardware: true, paranoid: 3),
                "event 'cycles' unavailable: permission denied, perf_event_paranoid is 3 (EACCES)"
            ),
            (
                .openFailed(name: "task-clock", errno: EPERM, isHardware: false, paranoid: nil),
                "event 'task-clock' unavailable: permission denied, perf_event_paranoid unreadable (EPERM)"
            ),
            (
                .openFailed(name: "task-clock", errno: ENOENT, isHardware: false, paranoid: 2),
                "event 'task-clock' unavailable: event not supported by this kernel (ENOENT)"
            ),
            (.unknownEvent(name: "bogus"), "event 'bogus' unknown: libpfm4 cannot encode it (PFM_ERR_NOTFOUND)"),
            (
                .encodingFailed(name: "x::Y:Z", pfmCode: -6, pfmMessage: "invalid or missing unit mask"),
                "event 'x::Y:Z' cannot be encoded: invalid or missing unit mask (PFM_ERR_UMASK)"
            ),
            (.readFailed(errno: EBADF), "counter group read failed: EBADF"),
            (.controlFailed(operation: "enable", errno: EINVAL), "counter group enable failed: EINVAL"),
        ]

        for (error, expected) in cases {
            XCTAssertEqual(error.description, expected)
            XCTAssertFalse(error.description.contains("\n"))
        }
    }

    func testCode_isErrnoOrNegativeLibpfmCode() {
        XCTAssertEqual(
            CounterError.openFailed(name: "cycles", errno: ENOENT, isHardware: true, paranoid: 2).code, ENOENT)
        XCTAssertEqual(CounterError.unknownEvent(name: "bogus").code, -4)
        XCTAssertNil(CounterError.malformedRead(expectedEvents: 1, foundEvents: 0, bytes: 0).code)
    }

    func testEventProbe_listsEncodabilityAndAvailabilityPerName() {
        let probes = EventProbe.probe(["task-clock", "no-such-event"])

        XCTAssertEqual(probes.map(\.name), ["task-clock", "no-such-event"])
        XCTAssertEqual(probes.map(\.isEncodable), [true, false])
        XCTAssertEqual(probes[0].availability, .available)
        XCTAssertEqual(probes[1].availability, .unavailable(.unknownEvent(name: "no-such-event")))
        XCTAssertEqual(
            probes[1].availability.reason, "event 'no-such-event' unknown: libpfm4 cannot encode it (PFM_ERR_NOTFOUND)")
    }
}
