/// Whether the newest step of a history series fails the history check: a regression for the
/// metric's polarity, larger than the case's tolerance.
///
/// - Metrics the gate holds to a growth limit (allocations, bytes, callgrind instructions, the PMU's
///   instruction count) use that limit: `Tolerance.defaults` with the case's declared `tolerance`
///   applied, the allowance taken over the level before the step.
/// - Other sampled figures (time, CPU time, counters, the paired ratios) use a relative threshold
///   (``HistoryThresholds/sampled``, 10 % by default) in the worse direction, and are not judged for
///   a case that declares its time drift unjudgeable (`judgesTimeDrift == false`), as the gate does.
package struct StepJudgement: Sendable, Equatable {
    package enum Status: String, Sendable {
        /// Worse than the tolerance allows: `perfbench history` exits 1.
        case regression
        /// A worse step, but within the tolerance.
        case withinTolerance = "within tolerance"
        /// A step in the better direction beyond the tolerance.
        case improvement
        /// The figure has no limit to judge it by, or the case opts out; the reason is in `detail`.
        case notJudged = "not judged"
    }

    package var status: Status
    /// The limit the step was held to (`allowed ±0.5`, `threshold ±10.0%`) or why it was not judged.
    package var detail: String

    package init(status: Status, detail: String) {
        self.status = status
        self.detail = detail
    }

    /// The judgement of `step`, a step of `figure`, under `tolerance` (the case's).
    package static func judge(
        _ step: ChangePoint, figure: HistoryFigure, tolerance: Tolerance, thresholds: HistoryThresholds
    ) -> StepJudgement {
        let metric = figure.metric
        let lowerIsBetter = metric.polarity == .lowerIsBetter
        if let limit = tolerance.growthLimit(metric) {
            let allowance = limit.allowance(over: step.medianBefore)
            let worse = lowerIsBetter ? step.absoluteChange : -step.absoluteChange
            return verdict(worse: worse, limit: allowance, detail: "allowed ±\(NumberFormat.value(allowance))")
        }
        guard metric.precision == .sampled else {
            return StepJudgement(status: .notJudged, detail: "no growth limit for \(metric.id)")
        }
        guard tolerance.judgesTimeDrift else {
            return StepJudgement(status: .notJudged, detail: "the case does not judge time and ratio drift")
        }
        guard let relative = step.relativeChange else {
            return StepJudgement(status: .notJudged, detail: "the level before the step is 0")
        }
        let worse = lowerIsBetter ? relative : -relative
        return verdict(
            worse: worse, limit: thresholds.sampled,
            detail: "threshold ±\(NumberFormat.percent(thresholds.sampled).dropFirst())")
    }

    private static func verdict(worse: Double, limit: Double, detail: String) -> StepJudgement {
        if worse > limit { return StepJudgement(status: .regression, detail: detail) }
        if -worse > limit { return StepJudgement(status: .improvement, detail: detail) }
        return StepJudgement(status: .withinTolerance, detail: detail)
    }
}

/// The limits of the history check that are not the gate's.
package struct HistoryThresholds: Sendable, Equatable {
    /// The relative step of a sampled figure (time, CPU time, counters, ratios), in its worse
    /// direction, that counts as a regression: 0.10 = 10 %.
    package var sampled: Double

    package init(sampled: Double) {
        self.sampled = sampled
    }

    /// 10 %: twice the gate's narrowest band (5 %), because a history's runs are single quick runs
    /// taken at different times on a shared host, not one run against an A/A-calibrated baseline;
    /// a step must also be significant (E-divisive's permutation test) before it is judged at all.
    package static let standard = HistoryThresholds(sampled: 0.10)
}
