/// The CI perf gate: judges a current results document against its declared floors and against
/// the accepted baseline.
///
/// Two independent checks per case (see `Gate.md`):
/// 1. *The fix holds* — the speedup interval's lower bound is at or above the case's floor, and the
///    candidate's allocations per event are at or below the case's ceiling. A missing measurement is
///    inconclusive, never a silent pass.
/// 2. *No drift* — the candidate's deterministic metrics stay within tolerance of the baseline's
///    fixed figures, the speedup median has not fallen beyond its tolerance (and the fall is outside
///    the current interval), and median ns/event has not grown significantly — compared only between
///    comparable hosts.
///
/// The gate is a pure function of its inputs: no clock, no I/O.
public struct Gate: Sendable {
    /// Drift tolerances: defaults plus per-run and per-case settings.
    public var tolerances: ToleranceSet
    /// Whose numbers stand for the fix (`legacy` is the self-test).
    public var candidate: Candidate

    /// A gate with the given tolerances (defaults when omitted), judging `candidate`.
    public init(tolerances: ToleranceSet = ToleranceSet(), candidate: Candidate = .fixed) {
        self.tolerances = tolerances
        self.candidate = candidate
    }

    /// Judges every case of `current` (and every baseline case it lacks).
    public func evaluate(current: ResultsDocument, baseline: ResultsDocument) -> GateReport {
        let hostDifferences = current.host.comparabilityDifferences(to: baseline.host)
        let hostsComparable = current.host.isComparable(to: baseline.host)
        let baselineByID = Dictionary(baseline.cases.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let currentIDs = Set(current.cases.map(\.id))
        let comparability = Comparability(
            hosts: hostsComparable, speedups: Self.speedupsComparable(current.engine.used, baseline.engine.used),
            engines: "\(current.engine.used) vs baseline \(baseline.engine.used)")

        var verdicts = current.cases.map { currentCase in
            verdict(for: currentCase, baseline: baselineByID[currentCase.id], comparability: comparability)
        }
        for missing in baseline.cases where !currentIDs.contains(missing.id) {
            verdicts.append(verdictForMissing(missing, currentIsQuick: current.quick, baselineIsQuick: baseline.quick))
        }
        return GateReport(
            candidate: candidate,
            verdicts: verdicts,
            environmentIssues: environmentIssues(current),
            notes: documentNotes(current: current, baseline: baseline, hostDifferences: hostDifferences)
        )
    }

    // MARK: - Document level

    /// What may be compared between the two documents.
    private struct Comparability {
        /// Absolute times: `HostDescription.isComparable(to:)`.
        var hosts: Bool
        /// Speedups: both timed, or both from the same engine.
        var speedups: Bool
        /// `wall vs baseline callgrind`, for messages.
        var engines: String
    }

    /// wall and perf both time the rounds, so their speedups are the same quantity; a callgrind run's
    /// speedup (if it records one) is a ratio of instruction counts and is compared only with another.
    private static func speedupsComparable(_ current: String, _ baseline: String) -> Bool {
        current == baseline || (current != "callgrind" && baseline != "callgrind")
    }

    private func environmentIssues(_ current: ResultsDocument) -> [String] {
        guard current.host.buildConfiguration == "release" else {
            return [
                "current run is a \(current.host.buildConfiguration) build: its timings do not represent the runtime"
            ]
        }
        return []
    }

    private func documentNotes(
        current: ResultsDocument, baseline: ResultsDocument, hostDifferences: [String]
    ) -> [String] {
        var notes: [String] = []
        if candidate == .legacy {
            notes.append("candidate legacy: the legacy numbers are judged as if they were the fix (gate self-test)")
        }
        if !hostDifferences.isEmpty {
            notes.append(
                "hosts not comparable (\(hostDifferences.joined(separator: ", "))): absolute times not compared")
        }
        if current.engine.used != baseline.engine.used {
            notes.append(
                "engine \(current.engine.used) vs baseline \(baseline.engine.used): "
                    + "metrics only one side has are not compared"
            )
        }
        if current.quick && !baseline.quick {
            notes.append("quick run against a full baseline: cases the quick run omits are skipped")
        }
        return notes
    }

    // MARK: - One case

    private func verdict(for currentCase: CaseResult, baseline: CaseResult?, comparability: Comparability)
        -> GateVerdict
    {
        let metrics = candidate == .fixed ? currentCase.fixed : currentCase.legacy
        let speedup = candidateSpeedup(currentCase)
        let tolerance = tolerances.tolerance(for: currentCase.id)

        var checks = [
            speedupFloorCheck(speedup, floor: currentCase.floor),
            allocationCeilingCheck(metrics.allocsPerEvent, floor: currentCase.floor),
        ]
        var notes: [String] = []
        if let baseline {
            let reference = baseline.fixed
            checks.append(
                growthCheck(
                    .allocationDrift, label: "allocs/event", current: metrics.allocsPerEvent,
                    baseline: reference.allocsPerEvent, limit: tolerance.allocsPerEvent))
            checks.append(
                growthCheck(
                    .byteDrift, label: "bytes/event", current: metrics.bytesPerEvent,
                    baseline: reference.bytesPerEvent, limit: tolerance.bytesPerEvent))
            checks.append(
                growthCheck(
                    .instructionDrift, label: "instructions/event", current: metrics.instructionsPerEvent,
                    baseline: reference.instructionsPerEvent, limit: tolerance.instructionsPerEvent))
            checks.append(
                comparability.speedups
                    ? speedupDriftCheck(speedup, baseline: baseline.speedup, drop: tolerance.speedupDrop)
                    : RuleCheck(
                        rule: .speedupDrift, status: .notApplicable,
                        detail: "engines \(comparability.engines): speedups measure different things"))
            checks.append(
                timeDriftCheck(
                    metrics, baseline: reference, growth: tolerance.timeGrowth, hostsComparable: comparability.hosts))
            if baseline.floor != currentCase.floor {
                notes.append(
                    "floor changed since the baseline: speedup ≥ "
                        + "\(NumberFormat.value(baseline.floor.minSpeedup)) → "
                        + "\(NumberFormat.value(currentCase.floor.minSpeedup)), allocs ≤ "
                        + "\(NumberFormat.value(baseline.floor.maxFixedAllocsPerEvent)) → "
                        + "\(NumberFormat.value(currentCase.floor.maxFixedAllocsPerEvent))")
            }
        } else {
            checks.append(RuleCheck(rule: .presence, status: .notApplicable, detail: "new case: not in the baseline"))
            notes.append("new case: only the fix-holds rules apply until a baseline includes it")
        }
        return GateVerdict(caseID: currentCase.id, items: currentCase.items, checks: checks, notes: notes)
    }

    /// The speedup the candidate shows against legacy. For `legacy` that is legacy/legacy: exactly 1
    /// by construction, with the interval collapsed onto it.
    private func candidateSpeedup(_ currentCase: CaseResult) -> SpeedupSummary? {
        guard let measured = currentCase.speedup else { return nil }
        switch candidate {
        case .fixed:
            return measured
        case .legacy:
            return SpeedupSummary(
                median: 1, ciLow: 1, ciHigh: 1, confidence: measured.confidence, rounds: measured.rounds)
        }
    }

    private func verdictForMissing(_ missing: CaseResult, currentIsQuick: Bool, baselineIsQuick: Bool) -> GateVerdict {
        // A quick run measures fewer sizes by design; any other absence means something was not run
        // that the baseline says should be, which the gate cannot call a pass.
        let check =
            currentIsQuick && !baselineIsQuick
            ? RuleCheck(rule: .presence, status: .skipped, detail: "in the full baseline, not in this quick run")
            : RuleCheck(rule: .presence, status: .inconclusive, detail: "in the baseline but not measured by this run")
        return GateVerdict(caseID: missing.id, items: missing.items, checks: [check])
    }
}
