import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Monotonic nanoseconds, from the system or from a `ManualClock` that tests advance by hand.
///
/// A struct holding an optional class reference rather than an existential, so the common
/// system path is one branch and a `clock_gettime`.
public struct MonotonicClock: Sendable {
    @usableFromInline let manual: ManualClock?

    /// The system's `CLOCK_MONOTONIC`.
    public static let system = MonotonicClock(manual: nil)

    /// A clock that reads `manual`.
    public static func manual(_ manual: ManualClock) -> MonotonicClock {
        MonotonicClock(manual: manual)
    }

    /// Nanoseconds on this clock's monotonic timeline.
    @inlinable
    public func nanoseconds() -> UInt64 {
        if let manual { return manual.nanoseconds() }
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
    }
}

/// A monotonic clock that only moves when told to; thread-safe.
public final class ManualClock: Sendable {
    @usableFromInline let now: Atomic<UInt64>

    /// Starts at `start` nanoseconds (default 1 s, so "zero" never means "unset").
    public init(start: UInt64 = 1_000_000_000) {
        now = Atomic(start)
    }

    @inlinable
    public func nanoseconds() -> UInt64 { now.load(ordering: .acquiring) }

    /// Moves the clock forward.
    public func advance(nanoseconds: UInt64) {
        now.add(nanoseconds, ordering: .releasing)
    }

    public func advance(milliseconds: UInt64) {
        advance(nanoseconds: milliseconds * 1_000_000)
    }
}
