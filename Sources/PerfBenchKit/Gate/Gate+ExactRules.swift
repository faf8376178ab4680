/// Exact metrics: counted over a pinned workload, so any change beyond a limit below one real unit
/// of work is a change of code. They travel across hosts.
extension Gate {
    /// The candidate's exact metrics against the baseline's fixed figures, plus the rule that the
    /// run counts instructions with at least one engine the baseline counted them with.
    func exactDriftChecks(
        _ candidateSide: SideResult, baseline: SideResult, tolerance: Tolerance, case currentCase: CaseResult,
        context: CaseContext
    ) -> [RuleCheck] {
        var checks: [RuleCheck] = []
        let candidateSideName: Side = candidate == .fixed ? .fixed : .legacy
        let metrics = exactMetrics(in: [candidateSide, baseline])
        for metric in metrics {
            guard let limit = tolerance.growthLimit(metric) else { continue }
            let label = "\(subject) \(metric.label)"
            switch (candidateSide.value(metric), baseline.value(metric)) {
            case (let now?, let then?):
                checks.append(
                    growthCheck(.exactDrift(metric), label: label, current: now, baseline: then, limit: limit))
            case (nil, _?):
                if metric.countsInstructions { continue }  // judged as a family below
                let why = context.current.unavailableReason(metric, side: candidateSideName, in: currentCase)
                checks.append(
                    RuleCheck(
                        rule: .exactDrift(metric), status: .inconclusive,
                        detail: "\(label) in the baseline, not measured here: \(why ?? "no reason recorded")"))
            case (_?, nil), (nil, nil):
                continue
            }
        }
        if let coverage = instructionCoverage(candidateSide, baseline: baseline, case: currentCase, context: context) {
            checks.append(coverage)
        }
        return checks
    }

    /// Inconclusive when the baseline counted instructions and this run counted them with none of
    /// the same engines (e.g. a PMU baseline judged on a host without a PMU or valgrind).
    private func instructionCoverage(
        _ candidateSide: SideResult, baseline: SideResult, case currentCase: CaseResult, context: CaseContext
    ) -> RuleCheck? {
        let wanted = baseline.measuredMetrics.filter(\.countsInstructions)
        guard !wanted.isEmpty, !wanted.contains(where: { candidateSide.value($0) != nil }) else { return nil }
        let reasons = wanted.map { metric in
            "\(metric.id): "
                + (context.current.unavailableReason(metric, side: .fixed, in: currentCase) ?? "not measured")
        }
        return RuleCheck(
            rule: .exactDrift(wanted[0]), status: .inconclusive,
            detail: "the baseline counts instructions (\(wanted.map(\.id).joined(separator: ", "))); this run "
                + "counted none of them: \(reasons.joined(separator: "; "))")
    }

    /// Legacy's exact metrics against the baseline's legacy figures: a move in either direction
    /// means the before changed.
    func legacyExactChecks(_ currentCase: CaseResult, baseline: CaseResult, tolerance: Tolerance) -> [RuleCheck] {
        exactMetrics(in: [currentCase.legacy, baseline.legacy]).compactMap { metric in
            guard let limit = tolerance.growthLimit(metric), let now = currentCase.legacy.value(metric),
                let then = baseline.legacy.value(metric)
            else { return nil }
            let check = growthCheck(
                .legacyMoved(metric.id), label: "legacy \(metric.label)", current: now, baseline: then, limit: limit)
            guard check.status == .regressed || check.status == .improved else { return check }
            return RuleCheck(
                rule: check.rule, status: .moved, detail: "baseline moved: legacy changed: " + check.detail,
                change: check.change)
        }
    }

    /// The exact metrics any of `sides` holds, in table order.
    private func exactMetrics(in sides: [SideResult]) -> [Metric] {
        var seen: [Metric] = []
        for side in sides {
            for metric in side.measuredMetrics where metric.precision == .exact || metric.countsInstructions {
                if !seen.contains(metric) { seen.append(metric) }
            }
        }
        return seen
    }

    /// One metric against its growth limit.
    func growthCheck(
        _ rule: GateRule, label: String, current: Double, baseline: Double, limit: GrowthLimit
    ) -> RuleCheck {
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
}
