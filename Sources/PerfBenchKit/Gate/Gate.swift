/// The CI perf gate: judges a current results document against its declared floors and against
/// the accepted baseline.
///
/// Per case (see `Gate.md`):
/// 1. *The fix holds* — the speedup interval's lower bound is at or above the case's floor and the
///    candidate's allocations per event are at or below its ceiling. Needs no baseline; holds on
///    any host because the speedup is a paired ratio.
/// 2. *Exact metrics* — allocations, bytes and instructions per event, counted over the same pinned
///    workload, within limits below the smallest real change. They travel across hosts.
/// 3. *Sampled figures* — fixed time and the paired ratios within a band derived from the noise
///    the baseline measured, judged only between identical host identities.
/// 4. *The before did not move* — legacy's exact figures (any host) and its time (same identity)
///    within the same limits in either direction; a move is its own verdict.
///
/// A metric the baseline has and the current run lacks is inconclusive with the reason, never
/// neutral. The gate is a pure function of its inputs: no clock, no I/O.
public struct Gate: Sendable {
    /// Tolerances: defaults, each case's declaration, then per-run settings.
    public var tolerances: ToleranceSet
    /// Whose numbers stand for the fix (`legacy` is the self-test).
    public var candidate: Candidate
    /// The noise each case's band is moderated toward; nil: taken from the baseline being judged.
    /// Set it from the whole baseline when the gate judges a narrowed one (`check --cases`), so a
    /// case's band does not depend on which others were selected.
    package var noisePrior: NoisePrior?

    /// A gate with the given tolerances (defaults when omitted), judging `candidate`.
    public init(tolerances: ToleranceSet = ToleranceSet(), candidate: Candidate = .fixed) {
        self.tolerances = tolerances
        self.candidate = candidate
    }

    /// Judges every case of `current` (and every baseline case it lacks).
    ///
    /// - Throws: `GateRefusal` when an exact metric of a case was counted over a different workload
    ///   in the two documents (different event counts): the comparison would mean nothing.
    public func evaluate(current: ResultsDocument, baseline: ResultsDocument) throws(GateRefusal) -> GateReport {
        let baselineByID = Dictionary(baseline.cases.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for currentCase in current.cases {
            if let reference = baselineByID[currentCase.id] { try Self.checkWorkloads(currentCase, reference) }
        }
        let hostDifferences = current.host.comparabilityDifferences(to: baseline.host)
        let context = CaseContext(
            current: current, baseline: baseline, sameHost: hostDifferences.isEmpty,
            noisePrior: noisePrior ?? NoisePrior(baseline: baseline))
        let currentIDs = Set(current.cases.map(\.id))
        var verdicts = current.cases.map { currentCase in
            verdict(for: currentCase, baseline: baselineByID[currentCase.id], context: context)
        }
        for missing in baseline.cases where !currentIDs.contains(missing.id) {
            verdicts.append(verdictForMissing(missing, currentIsQuick: current.quick, baselineIsQuick: baseline.quick))
        }
        return GateReport(
            candidate: candidate, verdicts: verdicts, environmentIssues: environmentIssues(current),
            notes: documentNotes(current: current, baseline: baseline, hostDifferences: hostDifferences))
    }

    /// What every case of one evaluation shares.
    struct CaseContext {
        var current: ResultsDocument
        var baseline: ResultsDocument
        /// Identical host identities (and cores, compiler, allocator, build): absolute times compare.
        var sameHost: Bool
        /// What each case's recorded noise is moderated toward (`NoisePrior`).
        var noisePrior: NoisePrior
    }

    // MARK: - Document level

    /// Refuses when an exact metric both documents hold for a side counted different events.
    static func checkWorkloads(_ current: CaseResult, _ baseline: CaseResult) throws(GateRefusal) {
        for side in current.sides {
            guard let now = current[side], let then = baseline[side] else { continue }
            for metric in Metric.perSide where metric.precision == .exact {
                guard let a = now[metric], let b = then[metric] else { continue }
                if a.events != b.events {
                    func counted(_ events: Int?) -> String { events.map { "\($0) events" } ?? "an unrecorded workload" }
                    throw GateRefusal(
                        "cannot compare \(current.id) \(side) \(metric.id): counted over \(counted(a.events)) here "
                            + "and \(counted(b.events)) in the baseline (different workloads); "
                            + "compare runs of the same mode, or re-accept the baseline")
                }
            }
        }
    }

    private func environmentIssues(_ current: ResultsDocument) -> [String] {
        guard current.host.buildConfiguration == .release else {
            return [
                "current run is a \(current.host.buildConfiguration.rawValue) build: "
                    + "its timings do not represent the runtime"
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
                "host identity differs (\(hostDifferences.joined(separator: ", "))): times and ratio drift "
                    + "not judged; floors and exact counts are")
        }
        if current.engine.used != baseline.engine.used {
            notes.append("engine \(current.engine.used) vs baseline \(baseline.engine.used)")
        }
        if current.quick != baseline.quick {
            notes.append(
                "\(current.quick ? "quick" : "full") run against a \(baseline.quick ? "quick" : "full") baseline")
        }
        return notes
    }

    // MARK: - One case

    private func verdict(for currentCase: CaseResult, baseline: CaseResult?, context: CaseContext) -> GateVerdict {
        let candidateSide = candidate == .fixed ? currentCase.fixed : currentCase.legacy
        let speedup = candidateSpeedup(currentCase)
        var checks = [
            speedupFloorCheck(speedup, floor: currentCase.floor),
            allocationCeilingCheck(candidateSide.value(.allocations), floor: currentCase.floor),
        ]
        var notes: [String] = []
        guard let baseline else {
            checks.append(RuleCheck(rule: .presence, status: .notApplicable, detail: "new case: not in the baseline"))
            notes.append("new case: only the fix-holds rules apply until a baseline includes it")
            return GateVerdict(caseID: currentCase.id, items: currentCase.items, checks: checks, notes: notes)
        }
        let tolerance = tolerances.tolerance(for: currentCase)
        checks += exactDriftChecks(
            candidateSide, baseline: baseline.fixed, tolerance: tolerance, case: currentCase, context: context)
        checks += sampledDriftChecks(
            currentCase, speedup: speedup, baseline: baseline, tolerance: tolerance, context: context)
        if candidate == .fixed {
            checks += legacyMovedChecks(currentCase, baseline: baseline, tolerance: tolerance, context: context)
        }
        if baseline.floor != currentCase.floor {
            notes.append(
                "floor changed since the baseline: speedup ≥ \(NumberFormat.value(baseline.floor.minSpeedup)) → "
                    + "\(NumberFormat.value(currentCase.floor.minSpeedup)), allocs ≤ "
                    + "\(NumberFormat.value(baseline.floor.maxFixedAllocsPerEvent)) → "
                    + "\(NumberFormat.value(currentCase.floor.maxFixedAllocsPerEvent))")
        }
        return GateVerdict(caseID: currentCase.id, items: currentCase.items, checks: checks, notes: notes)
    }

    /// The speedup the candidate shows against legacy. For `legacy` that is legacy/legacy: exactly 1
    /// by construction, with the interval collapsed onto it.
    func candidateSpeedup(_ currentCase: CaseResult) -> RatioSummary? {
        guard let measured = currentCase.speedup else { return nil }
        switch candidate {
        case .fixed:
            return measured
        case .legacy:
            return RatioSummary(
                median: 1, ciLow: 1, ciHigh: 1, confidence: measured.confidence, rounds: measured.rounds)
        }
    }

    private func verdictForMissing(_ missing: CaseResult, currentIsQuick: Bool, baselineIsQuick: Bool) -> GateVerdict {
        // A quick run may measure fewer sizes by design; any other absence means something was not
        // run that the baseline says should be, which the gate cannot call a pass.
        let check =
            currentIsQuick && !baselineIsQuick
            ? RuleCheck(rule: .presence, status: .skipped, detail: "in the full baseline, not in this quick run")
            : RuleCheck(rule: .presence, status: .inconclusive, detail: "in the baseline but not measured by this run")
        return GateVerdict(caseID: missing.id, items: missing.items, checks: [check])
    }
}
