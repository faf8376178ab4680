#if canImport(Glibc)
import Glibc
#endif

/// Wall and thread-CPU time plus one perf_event counter group, read before and after each batch.
///
/// A read per 2–5 ms batch costs about a microsecond: noise. Counters that cannot be opened are
/// reported with their reason (`unavailable`), never as zero; a batch during which the group was
/// multiplexed is flagged and its values scaled to the whole batch.
package final class PerfEventEngine: MeasurementEngine {
    /// What a host with a PMU counts by default.
    package static let hardwareDefaults = ["instructions", "cycles", "branch-misses", "cache-misses"]
    /// What every Linux host can count.
    package static let softwareDefaults = ["task-clock", "page-faults", "context-switches", "cpu-migrations"]

    package var kind: EngineKind { .perf }
    package let counterNames: [String]
    /// Requested counters that could not be opened, with why.
    package let unavailable: [CounterError]
    private let group: CounterGroup

    /// Opens what it can of `events` as one group and enables it.
    ///
    /// - Throws: `CounterError.controlFailed` when the group cannot be enabled.
    package init(events: [String]) throws(CounterError) {
        let group = CounterGroup(openingAvailableOf: events)
        counterNames = group.eventNames
        unavailable = group.unavailable
        try group.enable()
        self.group = group
    }

    package func measure(_ instance: any CaseInstance, events: Int) throws -> BatchSample {
        let before = try group.read()
        let cpuStart = WallClockEngine.now(CLOCK_THREAD_CPUTIME_ID)
        let wallStart = WallClockEngine.now(CLOCK_MONOTONIC)
        let folded = instance.run(events: events)
        let wallEnd = WallClockEngine.now(CLOCK_MONOTONIC)
        let cpuEnd = WallClockEngine.now(CLOCK_THREAD_CPUTIME_ID)
        let after = try group.read()
        blackHole(folded)
        let delta = after.delta(since: before)
        guard let values = delta.scaled() else {
            throw EngineError.counterGroupNeverRan(counterNames)
        }
        return BatchSample(
            events: events, wallNanoseconds: wallEnd &- wallStart,
            cpuNanoseconds: cpuEnd &- cpuStart &+ otherThreadsCPUNanoseconds(instance),
            counters: values, isMultiplexed: delta.isMultiplexed)
    }
}
