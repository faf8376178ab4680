/// One metric's figure for one side of a case.
///
/// Exact metrics carry the events they counted (`events`): two figures are comparable only over
/// the same pinned workload. Sampled metrics carry their spread over the timing rounds.
public struct MetricValue: Codable, Sendable, Equatable {
    /// The per-event figure: the exact count divided by `events`, or the median over rounds.
    public var value: Double
    /// The metric's unit, repeated so a file reads on its own (checked against the metric on load).
    public var unit: String
    /// Events the exact count covered (the pinned workload); nil for sampled metrics.
    public var events: Int?
    /// Spread over rounds, for sampled metrics with per-round figures.
    public var p25: Double?
    public var p75: Double?
    public var min: Double?
    public var max: Double?
    /// Rounds that went into a sampled figure.
    public var samples: Int?

    /// An exact figure over `events` counted events.
    package static func exact(_ value: Double, metric: Metric, events: Int) -> MetricValue {
        MetricValue(value: value, unit: metric.unit, events: events)
    }

    /// A sampled figure: the median of `perRound` with its spread.
    ///
    /// - Precondition: `perRound` is not empty.
    package static func sampled(_ perRound: [Double], metric: Metric) -> MetricValue {
        let quantiles = Quantiles(perRound)
        return MetricValue(
            value: quantiles.median, unit: metric.unit, p25: quantiles.p25, p75: quantiles.p75, min: quantiles.min,
            max: quantiles.max, samples: quantiles.count)
    }

    package init(
        value: Double, unit: String, events: Int? = nil, p25: Double? = nil, p75: Double? = nil,
        min: Double? = nil, max: Double? = nil, samples: Int? = nil
    ) {
        self.value = value
        self.unit = unit
        self.events = events
        self.p25 = p25
        self.p75 = p75
        self.min = min
        self.max = max
        self.samples = samples
    }
}
