/// How `perfbench check` measures when it runs the cases itself: time every case, measure the cases
/// the run was too noisy to decide again and pool their rounds with the first run's (never keep
/// whichever run looked better), then count the exact metrics once — last, because the allocation
/// pass installs jemalloc's hooks for the rest of the process and would slow any timing after it.
/// A definite regression of a re-measure on its own still fails.
package struct GateRetry {
    package let gate: Gate
    package let baseline: ResultsDocument
    /// How many re-measures an undecided case may get.
    package let retries: Int

    package init(gate: Gate, baseline: ResultsDocument, retries: Int) {
        self.gate = gate
        self.baseline = baseline
        self.retries = retries
    }

    /// The timing of a gate run, pooled over its re-measures.
    package struct TimedRun: Sendable {
        /// Every case's rounds, pooled with the re-measures'.
        package var document: ResultsDocument
        /// Cases a re-measure alone found regressed, with those verdicts.
        package var regressedAlone: [String: GateVerdict]
    }

    /// Runs, judges, re-measures undecided cases up to `retries` times, then adds the exact figures.
    ///
    /// - Parameters:
    ///   - run: runs the given passes over the cases with these exact ids (nil: every case).
    ///   - progress: one line per re-measure.
    /// - Returns: the final report and the pooled document it judged.
    package func judge(
        run: (Set<String>?, Set<RunPass>) throws -> ResultsDocument, progress: (String) -> Void
    ) throws -> (report: GateReport, document: ResultsDocument) {
        let timed = try measureTimed(run: { ids in try run(ids, [.timing]) }, progress: progress)
        return try judge(timed, exact: try run(nil, [.allocations, .instructions]))
    }

    /// The timing pass with its re-measures.
    ///
    /// - Parameter run: times the cases with these exact ids (nil: every case).
    package func measureTimed(
        run: (Set<String>?) throws -> ResultsDocument, progress: (String) -> Void
    ) throws -> TimedRun {
        var timed = TimedRun(document: try run(nil), regressedAlone: [:])
        var attempt = 0
        while attempt < retries {
            let undecided = Set(
                try gate.evaluate(current: timed.document, baseline: baseline).verdicts
                    .filter { $0.checks.contains(where: \.tooNoisy) }.map(\.caseID))
            guard !undecided.isEmpty else { break }
            attempt += 1
            progress(
                "check: \(undecided.count) case(s) too noisy to decide; measuring them again and pooling the rounds "
                    + "(retry \(attempt) of \(retries))")
            let again = try run(undecided)
            for verdict in try gate.evaluate(current: again, baseline: baseline).verdicts
            where verdict.checks.contains(where: { $0.status == .regressed && Self.isSampled($0.rule) }) {
                timed.regressedAlone[verdict.caseID] = verdict
            }
            timed.document = timed.document.pooling(
                again, resamples: timed.document.method?.interval.resamples ?? 1_000)
        }
        return timed
    }

    /// The verdict on a timed run with the exact figures of `exact` added.
    package func judge(_ timed: TimedRun, exact: ResultsDocument) throws -> (
        report: GateReport, document: ResultsDocument
    ) {
        let document = timed.document.addingExactFigures(from: exact)
        var report = try gate.evaluate(current: document, baseline: baseline)
        for index in report.verdicts.indices where report.verdicts[index].status != .regressed {
            guard let alone = timed.regressedAlone[report.verdicts[index].caseID] else { continue }
            let pooledStatus = report.verdicts[index].status
            report.verdicts[index].checks += alone.checks.filter { $0.status == .regressed && Self.isSampled($0.rule) }
            report.verdicts[index].notes.append(
                "regressed in a re-measure on its own (pooled rounds alone: \(pooledStatus.rawValue))")
        }
        return (report, document)
    }

    /// Rules judged from timing rounds: the ones a re-measure can decide.
    static func isSampled(_ rule: GateRule) -> Bool {
        switch rule {
        case .speedupFloor, .sampledDrift, .legacyMoved: true
        case .allocationCeiling, .exactDrift, .presence: false
        }
    }
}
