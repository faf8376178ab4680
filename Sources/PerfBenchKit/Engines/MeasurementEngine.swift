/// What one timed batch cost.
package struct BatchSample: Sendable, Equatable {
    /// Events the batch ran.
    package var events: Int
    /// `CLOCK_MONOTONIC` nanoseconds for the batch.
    package var wallNanoseconds: UInt64
    /// `CLOCK_THREAD_CPUTIME_ID` nanoseconds for the batch.
    package var cpuNanoseconds: UInt64
    /// Counter deltas for the batch (scaled when multiplexed), in the engine's `counterNames` order.
    package var counters: [Double]
    /// Whether any counter ran for less than the whole batch (time_running < time_enabled).
    package var isMultiplexed: Bool

    package init(
        events: Int, wallNanoseconds: UInt64, cpuNanoseconds: UInt64, counters: [Double] = [],
        isMultiplexed: Bool = false
    ) {
        self.events = events
        self.wallNanoseconds = wallNanoseconds
        self.cpuNanoseconds = cpuNanoseconds
        self.counters = counters
        self.isMultiplexed = isMultiplexed
    }
}

/// Measures batches of a prepared case instance.
///
/// Engines are not `Sendable`: a counter group counts the thread that opened it, so an engine
/// lives and measures on one thread.
package protocol MeasurementEngine: AnyObject {
    /// Which engine this is (never `.auto`).
    var kind: EngineKind { get }
    /// Names of the counters each `BatchSample.counters` holds, in order; empty for `wall`.
    var counterNames: [String] { get }
    /// Runs `events` events of `instance` and returns what they cost. The instance's folded
    /// outputs go to `blackHole` so the work cannot be optimized away.
    func measure(_ instance: any CaseInstance, events: Int) throws -> BatchSample
}

/// CPU time the other threads of a multithreaded instance spent in its last batch (0 for the rest):
/// added to the calling thread's, so CPU time per event covers every event.
func otherThreadsCPUNanoseconds(_ instance: any CaseInstance) -> UInt64 {
    (instance as? any MultithreadedCaseInstance)?.otherThreadsCosts.cpuNanoseconds ?? 0
}
