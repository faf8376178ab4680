#if canImport(Glibc)
import Glibc
#endif

/// Monotonic wall time plus the calling thread's CPU time, read around each batch.
///
/// Always available. Thread CPU time leaves out time the thread spent descheduled, which on a
/// shared two-core VM is the first thing to look at when wall time looks noisy.
package final class WallClockEngine: MeasurementEngine {
    package var kind: EngineKind { .wall }
    package var counterNames: [String] { [] }

    package init() {}

    package func measure(_ instance: any CaseInstance, events: Int) throws -> BatchSample {
        let cpuStart = Self.now(CLOCK_THREAD_CPUTIME_ID)
        let wallStart = Self.now(CLOCK_MONOTONIC)
        let folded = instance.run(events: events)
        let wallEnd = Self.now(CLOCK_MONOTONIC)
        let cpuEnd = Self.now(CLOCK_THREAD_CPUTIME_ID)
        blackHole(folded)
        return BatchSample(
            events: events, wallNanoseconds: wallEnd &- wallStart,
            cpuNanoseconds: cpuEnd &- cpuStart &+ otherThreadsCPUNanoseconds(instance))
    }

    /// Nanoseconds on `clock`.
    @inline(__always)
    package static func now(_ clock: clockid_t) -> UInt64 {
        var spec = timespec()
        clock_gettime(clock, &spec)
        return UInt64(spec.tv_sec) &* 1_000_000_000 &+ UInt64(spec.tv_nsec)
    }
}
