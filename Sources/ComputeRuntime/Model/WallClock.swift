#if canImport(Glibc)
import Glibc
#endif

/// A source of wall-clock time that tests substitute (for instance to count reads).
public protocol WallClockSource: AnyObject, Sendable {
    /// Nanoseconds since the UNIX epoch.
    func nanosecondsSinceEpoch() -> UInt64
}

/// Wall-clock nanoseconds since the UNIX epoch, for `CausalEvent.receivedAt`.
///
/// A struct holding an optional source rather than an existential, so the system path is one
/// branch and a `clock_gettime` (both runtimes pay the same per read).
public struct WallClock: Sendable {
    @usableFromInline let source: (any WallClockSource)?

    /// The system's `CLOCK_REALTIME`.
    public static let system = WallClock(source: nil)

    /// A clock that reads `source`.
    public static func custom(_ source: any WallClockSource) -> WallClock {
        WallClock(source: source)
    }

    /// Nanoseconds since the epoch: 0 for a pre-epoch clock, `UInt64.max` on overflow.
    @inlinable
    public func nanosecondsSinceEpoch() -> UInt64 {
        if let source { return source.nanosecondsSinceEpoch() }
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        guard ts.tv_sec >= 0 else { return 0 }
        let (seconds, overflow) = UInt64(ts.tv_sec).multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return .max }
        let (total, carry) = seconds.addingReportingOverflow(UInt64(ts.tv_nsec))
        return carry ? .max : total
    }
}
