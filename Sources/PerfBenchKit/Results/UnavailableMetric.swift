/// A metric that was wanted but not measured, with the one-line reason: "unavailable", never 0.
public struct UnavailableMetric: Codable, Sendable, Equatable {
    /// A `Metric.id` (`instructions`, `counter:cycles`) or a pass name (`allocations`).
    public var metric: String
    /// The side it is missing on; nil for every side.
    public var side: Side?
    /// One line, e.g. "no hardware PMU on this host (ENOENT)".
    public var reason: String

    package init(metric: String, side: Side? = nil, reason: String) {
        self.metric = metric
        self.side = side
        self.reason = reason
    }
}
