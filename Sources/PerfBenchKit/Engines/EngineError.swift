/// Why the requested engine cannot run here.
package enum EngineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A `--counters` name libpfm4 cannot encode: a usage error.
    case unknownCounter(CounterError)
    /// `--engine perf` but not a single counter opened.
    case noCountersOpened([String])
    /// `--engine callgrind` on a host without a usable valgrind.
    case valgrindUnavailable(String)
    /// The callgrind child failed or produced no usable dump.
    case callgrindFailed(String)
    /// The counter group was enabled for a whole batch but never scheduled: nothing to scale from.
    case counterGroupNeverRan([String])

    package var description: String {
        switch self {
        case .unknownCounter(let error): "--counters: \(error)"
        case .noCountersOpened(let reasons):
            "perf engine: no counter can be opened (\(reasons.joined(separator: "; ")))"
        case .valgrindUnavailable(let reason): "callgrind engine: valgrind unavailable: \(reason)"
        case .callgrindFailed(let reason): "callgrind engine: \(reason)"
        case .counterGroupNeverRan(let names):
            "perf engine: counter group [\(names.joined(separator: ", "))] never ran during a batch"
        }
    }

    /// Whether the fault is in the command line (exit 64) rather than the host (exit 2).
    package var isUsageError: Bool {
        if case .unknownCounter = self { true } else { false }
    }
}
