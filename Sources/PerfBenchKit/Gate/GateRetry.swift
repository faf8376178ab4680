/// How `perfbench check` measures when it runs the cases itself: time every case, measure the cases
/// the run was too noisy to decide again and pool their rounds with the first run's (never keep
/// whichever run looked better), then count the exact metrics once — last, because the allocation
/// pass installs jemalloc's hooks for the rest of the process and would slow any timing after it.
/// A definite regression of a re-measure on its own still fails.
public struct GateRetry {
    public let gate: Gate
    public let baseline: ResultsDocument
    /// How many re-measures an undecided case may get.
    public let retries: Int

    public init(gate: Gate, baseline: ResultsDocument, retries: Int) {
        self.gate = gate
        self.baseline = baseline
        self.retries = retries
    }

    /// Runs, judges, re-measures undecided cases up to `retries` times, then adds the exact figures.
    ///
    /// - Parameters:
    ///   - run: runs the given passes over the cases with these exact ids (nil: every case).
    ///   - progress: one line per re-measure.
    /// - Returns: the final report and the pooled document it judged.
    public func judge(
        run: (Set<String>?, Set<RunPass>) throws -> ResultsDocument, progress: (String) -> Void
    ) throws -> (report: GateReport, document: ResultsDocument) {
        var timed = try run(nil, [.timing])
        var regressedAlone: [String: GateVerdict] = [:]
        var attempt = 0
        while attempt < retries {
            attempt += 1
            let undecided = Set(
                try gate.evaluate(current: timed, baseline: baseline).verdicts
                    .filter { $0.checks.contains(where: \.tooNoisy) }.map(\.caseID))
            guard !undecided.isEmpty else { break }
            progress(
                "check: \(undecided.count) case(s) too noisy to decide; measuring them again and pooling the rounds "
                    + "(retry \(attempt) of \(retries))")
            let again = try run(undecided, [.timing])
            for verdict in try gate.evaluate(current: again, baseline: baseline).verdicts
            where verdict.checks.contains(where: { $0.status == .regressed && Self.isSampled($0.rule) }) {
                regressedAlone[verdict.caseID] = verdict
            }
            timed = timed.pooling(again, resamples: timed.method?.interval.resamples ?? 1_000)
        }
        let document = timed.addingExactFigures(from: try run(nil, [.allocations, .instructions]))
        var report = try gate.evaluate(current: document, baseline: baseline)
        for index in report.verdicts.indices where report.verdicts[index].status != .regressed {
            guard let alone = regressedAlone[report.verdicts[index].caseID] else { continue }
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
