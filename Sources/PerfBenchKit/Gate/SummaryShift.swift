/// Which way a measurement moved, judged only from the summary statistics a results document keeps.
///
/// Documents keep no raw samples, so no rank test can be run. The gate uses interval separation
/// instead, which is stricter than it looks: when the current interquartile range lies wholly
/// above the baseline's, at least 3/4 of the current rounds exceed at least 3/4 of the baseline
/// rounds, and with five or more rounds per side that does not happen by chance between two runs
/// of the same code on a stable host. Overlapping intervals mean "not shown", never "equal".
public enum SummaryShift: String, Sendable, Equatable {
    /// Separated, current above baseline.
    case higher
    /// Separated, current below baseline.
    case lower
    /// The intervals overlap: no significant change.
    case overlapping

    /// The fewest rounds per side for the interquartile test to be attempted.
    public static let minimumSamples = 5

    /// Interquartile separation of two ns/event distributions; nil with fewer than
    /// `minimumSamples` rounds on either side.
    public static func between(_ current: Distribution, baseline: Distribution) -> SummaryShift? {
        guard current.samples >= minimumSamples, baseline.samples >= minimumSamples else { return nil }
        if current.p25 > baseline.p75 { return .higher }
        if current.p75 < baseline.p25 { return .lower }
        return .overlapping
    }

    /// Separation of two speedup confidence intervals.
    public static func between(_ current: SpeedupSummary, baseline: SpeedupSummary) -> SummaryShift {
        if current.ciLow > baseline.ciHigh { return .higher }
        if current.ciHigh < baseline.ciLow { return .lower }
        return .overlapping
    }
}
