/// A step found in a history series: where it is, how large, and how sure the test is.
package struct ChangePoint: Sendable, Equatable {
    /// Which way the series moved at the step. Whether that is a regression depends on the metric's
    /// polarity, which the caller knows (see ``isRegression(lowerIsBetter:)``).
    package enum Direction: String, Sendable {
        /// The level after the step is higher.
        case increase
        /// The level after the step is lower.
        case decrease
    }

    /// Index of the first point after the step (the commit that introduced it), in `1..<count`.
    package var index: Int
    /// That point's label, e.g. its commit.
    package var label: String
    /// Median of the segment before the step: from the previous change point (or the oldest point) to `index`.
    package var medianBefore: Double
    /// Median of the segment after the step: from `index` to the next change point (or the newest point).
    package var medianAfter: Double
    /// The permutation test's p-value: the share of shuffled series (the observed one included) whose
    /// best split scored at least as high as this one did. Smaller is surer.
    package var pValue: Double
    /// The divergence statistic Q̂ of the split (Matteson and James 2014, α-energy distance scaled by
    /// the segment sizes); only comparable within one series.
    package var statistic: Double

    /// A change point; ``EDivisive`` builds these.
    package init(
        index: Int, label: String, medianBefore: Double, medianAfter: Double, pValue: Double, statistic: Double
    ) {
        self.index = index
        self.label = label
        self.medianBefore = medianBefore
        self.medianAfter = medianAfter
        self.pValue = pValue
        self.statistic = statistic
    }

    /// `medianAfter - medianBefore`, in the series' unit.
    package var absoluteChange: Double { medianAfter - medianBefore }

    /// The change as a fraction of the level before it (0.25 = 25 % higher); nil when that level is 0.
    package var relativeChange: Double? {
        medianBefore == 0 ? nil : absoluteChange / Swift.abs(medianBefore)
    }

    /// `increase` when the median after the step is above the median before it.
    package var direction: Direction {
        absoluteChange > 0 ? .increase : .decrease
    }

    /// One minus the p-value, for reports that speak of confidence.
    package var confidence: Double { 1 - pValue }

    /// Whether the step makes the metric worse: an increase of a lower-is-better metric (time,
    /// allocations, instructions) or a decrease of a higher-is-better one (speedup).
    package func isRegression(lowerIsBetter: Bool) -> Bool {
        (direction == .increase) == lowerIsBetter
    }
}
