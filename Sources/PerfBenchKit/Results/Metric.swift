/// One thing perfbench measures per event, with what a reader needs to interpret it: its unit,
/// which direction is better, and whether it is exact (the same code and workload give the same
/// figure every run) or sampled (a distribution over timing rounds).
///
/// Every table, rule, comparison, report and export iterates metrics instead of naming fields, so
/// adding a metric means adding it here. A metric's `id` is its key in results files.
public struct Metric: Hashable, Sendable, CustomStringConvertible {
    /// Which direction of change is an improvement.
    public enum Polarity: String, Sendable, Codable {
        case lowerIsBetter = "lower"
        case higherIsBetter = "higher"
    }

    /// How a figure behaves run to run.
    public enum Precision: String, Sendable, Codable {
        /// Deterministic for a given binary and pinned workload: any change is a change of code.
        case exact
        /// A distribution over timing rounds: changes are judged against measured noise.
        case sampled
    }

    /// The key in results files, e.g. `time`, `allocations`, `counter:task-clock`.
    public let id: String
    /// Per-event unit, e.g. `ns/event`.
    public let unit: String
    public let polarity: Polarity
    public let precision: Precision
    /// Short column label, e.g. `ns/ev`.
    public let label: String

    public var description: String { id }

    private init(id: String, unit: String, polarity: Polarity = .lowerIsBetter, precision: Precision, label: String) {
        self.id = id
        self.unit = unit
        self.polarity = polarity
        self.precision = precision
        self.label = label
    }

    /// Wall-clock (`CLOCK_MONOTONIC`) nanoseconds per event over the timing rounds.
    public static let time = Metric(id: "time", unit: "ns/event", precision: .sampled, label: "ns/ev")
    /// CPU nanoseconds per event of the threads that ran the events.
    public static let cpuTime = Metric(id: "cpu_time", unit: "ns/event", precision: .sampled, label: "cpu ns/ev")
    /// Heap allocations per event (jemalloc hooks, a pass of its own).
    public static let allocations = Metric(
        id: "allocations", unit: "allocations/event", precision: .exact, label: "allocs/ev")
    /// Bytes allocated per event (jemalloc usable sizes).
    public static let bytes = Metric(id: "bytes", unit: "bytes/event", precision: .exact, label: "bytes/ev")
    /// Instructions per event counted by callgrind over a pinned workload.
    public static let instructions = Metric(
        id: "instructions", unit: "instructions/event", precision: .exact, label: "instr/ev")

    /// A perf_event counter per event, keyed by the name as requested (`task-clock`, `cycles`).
    public static func counter(_ name: String) -> Metric {
        let isClock = name == "task-clock" || name == "cpu-clock"
        return Metric(
            id: counterPrefix + name, unit: isClock ? "ns/event" : "count/event", precision: .sampled,
            label: name + "/ev")
    }

    /// The paired ratio legacy time / fixed time, per rotation block (above 1: the fix is faster).
    public static let speedup = Metric(
        id: "speedup", unit: "ratio", polarity: .higherIsBetter, precision: .sampled, label: "speedup")
    /// The paired ratio fixed time / limit-kernel time, per rotation block (1: the fix sits on the floor).
    public static let limitRatio = Metric(
        id: "fixed_over_limit", unit: "ratio", precision: .sampled, label: "fixed/limit")

    static let counterPrefix = "counter:"

    /// Per-side metrics with a fixed definition, in the order tables show them.
    public static let perSide: [Metric] = [time, cpuTime, allocations, bytes, instructions]
    /// Case-level ratios, in the order tables show them.
    public static let ratios: [Metric] = [speedup, limitRatio]

    /// The metric a results file names `id`, or nil when this build does not know it.
    public init?(id: String) {
        if let known = (Self.perSide + Self.ratios).first(where: { $0.id == id }) {
            self = known
        } else if id.hasPrefix(Self.counterPrefix), id.count > Self.counterPrefix.count {
            self = Self.counter(String(id.dropFirst(Self.counterPrefix.count)))
        } else {
            return nil
        }
    }

    /// The counter name of a `counter:` metric, nil for the others.
    public var counterName: String? {
        id.hasPrefix(Self.counterPrefix) ? String(id.dropFirst(Self.counterPrefix.count)) : nil
    }

    /// Whether this metric counts retired instructions (callgrind's exact count, or the perf
    /// engine's user-mode `instructions` counter): the gate needs one of them in common with the
    /// baseline to judge instructions.
    package var countsInstructions: Bool {
        self == .instructions || counterName == "instructions"
    }
}
