/// One measurement in a history series: a case's figure at one commit, oldest point first.
package struct HistoryPoint: Sendable, Equatable {
    /// What names the point on the x axis and in a change point's report, usually a short commit hash.
    package var label: String
    /// The figure itself, in the series' unit (ns/event, instructions/event, a speedup ratio ...).
    package var value: Double
    /// The lower end of the point's own interval (a bootstrap interval, or a quartile), when it has one.
    package var lower: Double?
    /// The upper end of the point's own interval, when it has one.
    package var upper: Double?

    /// A point; the interval is drawn on charts and does not take part in change-point detection.
    package init(label: String, value: Double, lower: Double? = nil, upper: Double? = nil) {
        self.label = label
        self.value = value
        self.lower = lower
        self.upper = upper
    }
}
