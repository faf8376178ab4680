/// Rule 2, no drift: the candidate against the baseline's fixed figures.
extension Gate {
    /// A deterministic metric against its growth limit; not applicable when either side lacks it.
    func growthCheck(
        _ rule: GateRule, label: String, current: Double?, baseline: Double?, limit: GrowthLimit
    ) -> RuleCheck {
        guard let current, let baseline else {
            let side = current == nil ? (baseline == nil ? "either run" : "this run") : "the baseline"
            return RuleCheck(rule: rule, status: .notApplicable, detail: "\(label) not measured in \(side)")
        }
        let growth = current - baseline
        let allowance = limit.allowance(over: baseline)
        let figures =
            "\(label) \(NumberFormat.value(baseline)) → \(NumberFormat.value(current))"
            + " (\(growth >= 0 ? "+" : "")\(NumberFormat.value(growth)), allowed ±\(NumberFormat.value(allowance)))"
        let relative = baseline != 0 ? growth / baseline : nil
        if growth > allowance { return RuleCheck(rule: rule, status: .regressed, detail: figures, change: relative) }
        if -growth > allowance { return RuleCheck(rule: rule, status: .improved, detail: figures, change: relative) }
        return RuleCheck(rule: rule, status: .pass, detail: figures, change: relative)
    }

    /// The speedup median against the baseline's, regressed only when the fall also leaves the
    /// current interval.
    func speedupDriftCheck(_ current: SpeedupSummary?, baseline: SpeedupSummary?, drop: Double) -> RuleCheck {
        guard let current, let baseline else {
            let side = current == nil ? "this run" : "the baseline"
            return RuleCheck(rule: .speedupDrift, status: .notApplicable, detail: "speedup not measured in \(side)")
        }
        let change = baseline.median > 0 ? current.median / baseline.median - 1 : 0
        let figures =
            "speedup median \(NumberFormat.value(baseline.median)) → \(NumberFormat.value(current.median))"
            + " (\(NumberFormat.percent(change)), allowed -\(NumberFormat.percent(drop).dropFirst()))"
        let threshold = baseline.median * (1 - drop)
        if current.median < threshold {
            // The median fell past the tolerance; call it a regression only if the current interval
            // also excludes the baseline median, i.e. the fall is not within this run's own noise.
            if current.ciHigh < baseline.median {
                return RuleCheck(rule: .speedupDrift, status: .regressed, detail: figures, change: change)
            }
            return RuleCheck(
                rule: .speedupDrift, status: .inconclusive,
                detail: figures + "; interval [\(NumberFormat.value(current.ciLow)), "
                    + "\(NumberFormat.value(current.ciHigh))] still reaches the baseline: too noisy",
                change: change)
        }
        if current.ciLow > baseline.median * (1 + drop) {
            return RuleCheck(rule: .speedupDrift, status: .improved, detail: figures, change: change)
        }
        return RuleCheck(rule: .speedupDrift, status: .pass, detail: figures, change: change)
    }

    /// Absolute time: only between comparable hosts, only when the interquartile ranges separate,
    /// and only when thread CPU time (where both runs recorded it) confirms the magnitude. Wall time
    /// also counts time spent waiting for a core, which on a shared 2-core guest tracks the
    /// neighbours' load rather than the code; CPU time does not.
    func timeDriftCheck(
        _ current: ImplementationResult, baseline: ImplementationResult, growth: Double, hostsComparable: Bool
    ) -> RuleCheck {
        guard hostsComparable else {
            return RuleCheck(rule: .timeDrift, status: .notApplicable, detail: "hosts not comparable")
        }
        guard let now = current.nsPerEvent, let then = baseline.nsPerEvent else {
            let side = current.nsPerEvent == nil ? "this run" : "the baseline"
            return RuleCheck(rule: .timeDrift, status: .notApplicable, detail: "ns/event not measured in \(side)")
        }
        let change = then.median > 0 ? now.median / then.median - 1 : 0
        let figures =
            "ns/event median \(NumberFormat.value(then.median)) → \(NumberFormat.value(now.median))"
            + " (\(NumberFormat.percent(change)), allowed +\(NumberFormat.percent(growth).dropFirst()))"
        guard let shift = SummaryShift.between(now, baseline: then) else {
            return RuleCheck(
                rule: .timeDrift, status: .notApplicable,
                detail: figures + "; fewer than \(SummaryShift.minimumSamples) rounds: not tested", change: change)
        }
        var cpuChange: Double?
        if let cpuNow = current.cpuNsPerEvent, let cpuThen = baseline.cpuNsPerEvent, cpuThen > 0 {
            cpuChange = cpuNow / cpuThen - 1
        }
        let cpuText = cpuChange.map { ", cpu time \(NumberFormat.percent($0))" } ?? ""
        let separated = "; interquartile ranges separated\(cpuText)"
        if change > growth && shift == .higher {
            if let cpuChange, cpuChange <= growth {
                return RuleCheck(
                    rule: .timeDrift, status: .pass,
                    detail: figures + separated + " within tolerance: waiting for a core, not slower code",
                    change: change)
            }
            return RuleCheck(rule: .timeDrift, status: .regressed, detail: figures + separated, change: change)
        }
        if change < -growth && shift == .lower {
            if let cpuChange, cpuChange >= -growth {
                return RuleCheck(
                    rule: .timeDrift, status: .pass, detail: figures + separated + " within tolerance", change: change)
            }
            return RuleCheck(rule: .timeDrift, status: .improved, detail: figures + separated, change: change)
        }
        let significance = shift == .overlapping ? "; not significant (interquartile ranges overlap)" : ""
        return RuleCheck(rule: .timeDrift, status: .pass, detail: figures + significance, change: change)
    }
}
