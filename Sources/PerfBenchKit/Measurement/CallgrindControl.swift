import CPerf

/// Callgrind client requests (`<valgrind/callgrind.h>`), for measuring exact instruction counts on
/// hosts without a PMU.
///
/// Run the process with `valgrind --tool=callgrind --collect-atstart=no` and bracket the measured
/// code with `toggleCollection()`. Natively every request is a no-op costing a few instructions.
/// Callgrind has no separate start/stop-collection request: collection is a toggle, while
/// instrumentation (far costlier to switch) has start and stop.
package enum CallgrindControl {
    /// Whether this process runs under valgrind (any tool).
    package static var isRunningUnderValgrind: Bool {
        cperf_valgrind_running() > 0
    }

    /// Whether CPerf was built with the valgrind headers, so requests reach valgrind.
    package static var clientRequestsBuiltIn: Bool {
        cperf_valgrind_running() >= 0
    }

    /// Flips event collection on or off (`CALLGRIND_TOGGLE_COLLECT`).
    ///
    /// - Throws: `CallgrindError.clientRequestsNotBuiltIn`.
    package static func toggleCollection() throws(CallgrindError) {
        try check(cperf_callgrind_toggle_collect(), "toggle-collect")
    }

    /// Starts instrumentation (`CALLGRIND_START_INSTRUMENTATION`), for runs with `--instr-atstart=no`.
    ///
    /// - Throws: `CallgrindError.clientRequestsNotBuiltIn`.
    package static func startInstrumentation() throws(CallgrindError) {
        try check(cperf_callgrind_start_instrumentation(), "start-instrumentation")
    }

    /// Stops instrumentation (`CALLGRIND_STOP_INSTRUMENTATION`).
    ///
    /// - Throws: `CallgrindError.clientRequestsNotBuiltIn`.
    package static func stopInstrumentation() throws(CallgrindError) {
        try check(cperf_callgrind_stop_instrumentation(), "stop-instrumentation")
    }

    /// Zeroes the collected costs (`CALLGRIND_ZERO_STATS`).
    ///
    /// - Throws: `CallgrindError.clientRequestsNotBuiltIn`.
    package static func zeroStats() throws(CallgrindError) {
        try check(cperf_callgrind_zero_stats(), "zero-stats")
    }

    /// Writes a profile dump now (`CALLGRIND_DUMP_STATS_AT(label)`), then zeroes the costs.
    ///
    /// - Parameter label: recorded as the dump's trigger, nil for a plain `CALLGRIND_DUMP_STATS`.
    /// - Throws: `CallgrindError.clientRequestsNotBuiltIn`.
    package static func dumpStats(label: String? = nil) throws(CallgrindError) {
        let rc: Int32
        if let label {
            rc = label.withCString { cperf_callgrind_dump_stats_at($0) }
        } else {
            rc = cperf_callgrind_dump_stats_at(nil)
        }
        try check(rc, "dump-stats")
    }

    private static func check(_ rc: Int32, _ request: String) throws(CallgrindError) {
        if rc < 0 { throw .clientRequestsNotBuiltIn(request: request) }
    }
}
