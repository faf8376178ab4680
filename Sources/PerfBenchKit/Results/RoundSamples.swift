/// The raw per-round figures of one side: what the timing rounds measured before any summary.
///
/// Kept so the next question can be answered from the file: a rank test, a pooled re-measure,
/// a different statistic. Round *i* of every side of a case ran in the same paired round.
package struct RoundSamples: Codable, Sendable, Equatable {
    /// Events of each round's batch (calibrated per run; pooled runs may differ).
    package var batchEvents: [Int]
    /// Per-event figures per round, keyed by sampled metric id (`time`, `cpu_time`, `counter:…`).
    package var perEvent: [String: [Double]]

    package init(batchEvents: [Int] = [], perEvent: [String: [Double]] = [:]) {
        self.batchEvents = batchEvents
        self.perEvent = perEvent
    }

    /// The per-round figures of `metric`, nil when the rounds did not measure it.
    package subscript(metric: Metric) -> [Double]? {
        perEvent[metric.id]
    }

    /// How many rounds these samples hold.
    package var count: Int { batchEvents.count }

    /// These rounds followed by `other`'s, for the metrics both recorded.
    package func appending(_ other: RoundSamples) -> RoundSamples {
        var pooled = RoundSamples(batchEvents: batchEvents + other.batchEvents)
        for (id, values) in perEvent {
            if let more = other.perEvent[id] { pooled.perEvent[id] = values + more }
        }
        return pooled
    }

    enum CodingKeys: String, CodingKey {
        case batchEvents = "batch_events"
        case perEvent = "per_event"
    }
}
