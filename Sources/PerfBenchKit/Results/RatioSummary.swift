/// A paired ratio (legacy/fixed, or fixed/limit), one per rotation block of rounds, summarized by
/// its median and a bootstrap confidence interval of that median.
public struct RatioSummary: Codable, Sendable, Equatable {
    public var median: Double
    public var ciLow: Double
    public var ciHigh: Double
    /// Confidence level of the interval, e.g. 0.95.
    public var confidence: Double
    /// Paired rounds that went in.
    public var rounds: Int

    package init(median: Double, ciLow: Double, ciHigh: Double, confidence: Double, rounds: Int) {
        self.median = median
        self.ciLow = ciLow
        self.ciHigh = ciHigh
        self.confidence = confidence
        self.rounds = rounds
    }

    /// The summary of a bootstrap interval.
    init(_ interval: BootstrapInterval) {
        self.init(
            median: interval.median, ciLow: interval.low, ciHigh: interval.high, confidence: interval.confidence,
            rounds: interval.sampleCount)
    }

    enum CodingKeys: String, CodingKey {
        case median
        case ciLow = "ci_low"
        case ciHigh = "ci_high"
        case confidence, rounds
    }
}
