/// Rule 1, the fix holds: needs no baseline, and is robust to a slow or busy machine because the
/// speedup is a paired ratio.
extension Gate {
    /// Whose figures the messages name: `fixed` or `legacy`.
    var subject: String { candidate.rawValue }

    /// The speedup interval's lower bound against the case's floor.
    ///
    /// Pass when the whole interval clears the floor; regressed when the median is below it; in
    /// between (the median clears it but the interval reaches below) the run was too noisy to decide.
    func speedupFloorCheck(_ speedup: RatioSummary?, floor: CaseFloor) -> RuleCheck {
        guard let speedup else {
            return RuleCheck(rule: .speedupFloor, status: .inconclusive, detail: "no speedup measured")
        }
        let interval = "ci_low \(NumberFormat.value(speedup.ciLow)) (median \(NumberFormat.value(speedup.median)))"
        if speedup.ciLow >= floor.minSpeedup {
            return RuleCheck(
                rule: .speedupFloor, status: .pass,
                detail: "\(interval) ≥ floor \(NumberFormat.value(floor.minSpeedup))")
        }
        if speedup.median >= floor.minSpeedup {
            return RuleCheck(
                rule: .speedupFloor, status: .inconclusive,
                detail: "too noisy: \(interval) < floor \(NumberFormat.value(floor.minSpeedup)) ≤ median",
                tooNoisy: true)
        }
        return RuleCheck(
            rule: .speedupFloor, status: .regressed,
            detail: "\(interval) < floor \(NumberFormat.value(floor.minSpeedup))",
            change: floor.minSpeedup > 0 ? speedup.ciLow / floor.minSpeedup - 1 : nil)
    }

    /// The candidate's allocations per event against the case's ceiling.
    func allocationCeilingCheck(_ allocs: Double?, floor: CaseFloor) -> RuleCheck {
        let ceiling = NumberFormat.value(floor.maxFixedAllocsPerEvent)
        guard let allocs else {
            return RuleCheck(
                rule: .allocationCeiling, status: .inconclusive, detail: "\(subject) allocations not measured")
        }
        if allocs <= floor.maxFixedAllocsPerEvent {
            return RuleCheck(
                rule: .allocationCeiling, status: .pass,
                detail: "\(subject) allocs/event \(NumberFormat.value(allocs)) ≤ \(ceiling)")
        }
        return RuleCheck(
            rule: .allocationCeiling, status: .regressed,
            detail: "\(subject) allocs/event \(NumberFormat.value(allocs)) > \(ceiling)",
            change: floor.maxFixedAllocsPerEvent > 0 ? allocs / floor.maxFixedAllocsPerEvent - 1 : nil)
    }
}
