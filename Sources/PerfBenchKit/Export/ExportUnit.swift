/// The unit of an exported figure, with what each format needs to know about it.
package enum ExportUnit: Sendable, Equatable, CaseIterable {
    /// Nanoseconds per event (time).
    case nanosecondsPerEvent
    /// Heap allocations per event.
    case allocationsPerEvent
    /// Bytes allocated per event.
    case bytesPerEvent
    /// Instructions per event (callgrind or a hardware counter).
    case instructionsPerEvent
    /// Occurrences of a counted event per event (a perf_event counter such as `branch-misses`).
    case countPerEvent
    /// A dimensionless ratio such as the legacy/fixed speedup.
    case ratio

    /// How people read the unit: `ns/event`, `allocations/event`, `×`.
    package var symbol: String {
        switch self {
        case .nanosecondsPerEvent: return "ns/event"
        case .allocationsPerEvent: return "allocations/event"
        case .bytesPerEvent: return "bytes/event"
        case .instructionsPerEvent: return "instructions/event"
        case .countPerEvent: return "count/event"
        case .ratio: return "ratio"
        }
    }

    /// The unit a results file writes as `symbol` (`Metric.unit`), nil for one no format knows.
    package init?(symbol: String) {
        guard let unit = Self.allCases.first(where: { $0.symbol == symbol }) else { return nil }
        self = unit
    }

    /// OpenMetrics wants base units named as a suffix of the metric name: seconds rather than
    /// nanoseconds, bytes, and `ratio` for ratios. Dividing by `divisor` turns a value in this unit
    /// into that base unit (a division by the exact 1e9, so 12.5 ns prints as 1.25e-08, where a
    /// multiplication by the inexact 1e-9 would not); a nil `name` means a plain count, which
    /// OpenMetrics leaves without a unit.
    var openMetricsBase: (name: String?, divisor: Double) {
        switch self {
        case .nanosecondsPerEvent: return ("seconds", 1e9)
        case .bytesPerEvent: return ("bytes", 1)
        case .ratio: return ("ratio", 1)
        case .allocationsPerEvent, .instructionsPerEvent, .countPerEvent: return (nil, 1)
        }
    }
}
