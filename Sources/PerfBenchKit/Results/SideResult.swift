/// What one side (legacy, fixed or limit) of a case cost per event.
///
/// A metric that is absent was not measured; why is recorded in the case's or the document's
/// `unavailable` list. A `0` is a measured zero, never a placeholder.
public struct SideResult: Codable, Sendable, Equatable {
    /// Figures keyed by `Metric.id`.
    public var metrics: [String: MetricValue]
    /// The raw timing rounds, when this side was timed.
    package var rounds: RoundSamples?

    package init(metrics: [String: MetricValue] = [:], rounds: RoundSamples? = nil) {
        self.metrics = metrics
        self.rounds = rounds
    }

    /// The figure of `metric`, nil when not measured.
    public subscript(metric: Metric) -> MetricValue? {
        get { metrics[metric.id] }
        set { metrics[metric.id] = newValue }
    }

    /// The per-event value of `metric`, nil when not measured.
    public func value(_ metric: Metric) -> Double? {
        metrics[metric.id]?.value
    }

    /// The metrics this side measured, known ones in table order, then counters by name.
    public var measuredMetrics: [Metric] {
        let known = Metric.perSide.filter { metrics[$0.id] != nil }
        let counters = metrics.keys.filter { $0.hasPrefix(Metric.counterPrefix) }.sorted().compactMap(Metric.init(id:))
        return known + counters
    }
}
