/// The gate measuring its own power on the host it runs on.
///
/// 1. A/A: full gate runs of unchanged code (re-measures and pooling included): any regressed or
///    moved verdict is a false alarm.
/// 2. Time: runs whose fixed sides pay an extra busy-wait per event of a fraction of that case's
///    baseline fixed time (almost no instructions): the smallest fraction detected, with every
///    larger one, is the case's time MDE. Judged only on the baseline's host identity.
/// 3. Instructions: callgrind passes whose fixed sides pay a few extra instructions per event
///    (measured, not assumed): the smallest count detected is the instruction MDE.
/// 4. Allocations: an allocation pass whose fixed sides allocate once more per event.
///
/// Timing runs come first: the allocation pass installs jemalloc's hooks for the rest of the process.
package struct SelfTest {
    package var retry: GateRetry
    package var quick: Bool
    package var aaRuns: Int
    package var timeSteps: [Double]
    package var workSteps: [Int]
    /// Only the cases matching this pattern (`CaseID.matches`; nil: all).
    package var pattern: String?

    package init(
        retry: GateRetry, quick: Bool, pattern: String? = nil, aaRuns: Int = 2,
        timeSteps: [Double] = [0.10, 0.15, 0.25, 0.50],
        workSteps: [Int] = [1, 2, 4]
    ) {
        self.retry = retry
        self.quick = quick
        self.pattern = pattern
        self.aaRuns = aaRuns
        self.timeSteps = timeSteps
        self.workSteps = workSteps
    }

    /// Runs every step.
    ///
    /// - Parameters:
    ///   - execute: runs a request and returns its document (errors for failed cases).
    ///   - countInstructions: counts the fixed sides' instructions under callgrind with a perturbation
    ///     into a copy of the document; nil when callgrind is unavailable here.
    ///   - host: this host, for the result.
    ///   - createdAt: ISO 8601.
    ///   - progress: one line per step.
    package func run(
        execute: (RunRequest) throws -> ResultsDocument,
        countInstructions: ((ResultsDocument, Perturbation) throws -> ResultsDocument)?,
        host: HostDescription, createdAt: String, progress: (String) -> Void
    ) throws -> SelfTestResult {
        let baseline = retry.baseline
        let sameHost = host.isComparable(to: baseline.host)
        func timed(_ perturbation: PerturbationPlan?) throws -> GateRetry.TimedRun {
            try retry.measureTimed(
                run: { ids in
                    try execute(
                        RunRequest(
                            pattern: ids == nil ? pattern : nil, caseIDs: ids, quick: quick, passes: [.timing],
                            perturbation: perturbation))
                }, progress: progress)
        }
        var aa: [GateRetry.TimedRun] = []
        for index in 1...aaRuns {
            progress("self-test: A/A run \(index) of \(aaRuns) (unchanged code)")
            aa.append(try timed(nil))
        }
        let caseIDs = aa[0].document.cases.map(\.id)
        var timeRuns: [GateRetry.TimedRun] = []
        if sameHost {
            for step in timeSteps {
                progress("self-test: +\(Int((step * 100).rounded()))% time per event on every fixed side")
                timeRuns.append(try timed(timePlan(step, caseIDs: caseIDs)))
            }
        } else {
            progress("self-test: host identity differs from the baseline's: time is not judged, no time steps")
        }
        progress("self-test: exact passes (unchanged, then +1 allocation per event on every fixed side)")
        let exact = try execute(RunRequest(pattern: pattern, quick: quick, passes: [.allocations, .instructions]))
        let extraAllocation = try execute(
            RunRequest(
                pattern: pattern, quick: quick, passes: [.allocations],
                perturbation: PerturbationPlan(.allocation(perEvent: 1), cases: caseIDs)))
        var workRuns: [ResultsDocument] = []
        if let countInstructions {
            // The reference is a perturbed child that does no work: the same arguments (of the same
            // length) and the same wrapper object. Against the unperturbed counts, the heap-layout
            // sensitive cases moved by the child's changed arguments alone (lb.inventory.endpoints.n100
            // counted 16.9 instructions per event fewer with one multiply-add added).
            progress("self-test: +0 multiply-adds per event on every fixed side (the reference), under callgrind")
            let reference = try countInstructions(exact, .work(iterationsPerEvent: 0))
            for step in workSteps {
                progress("self-test: +\(step) multiply-add per event on every fixed side, under callgrind")
                let perturbed = try countInstructions(exact, .work(iterationsPerEvent: step))
                workRuns.append(exact.addingFixedInstructions(of: perturbed, beyond: reference))
            }
        }

        let aaReports = try aa.map { try retry.judge($0, exact: exact).report }
        let timeReports = try timeRuns.map { try retry.judge($0, exact: exact).report }
        let allocationReport = try retry.judge(aa[0], exact: exact.addingExactFigures(from: extraAllocation)).report
        let workReports = try workRuns.map { try retry.judge(aa[0], exact: $0).report }

        let cases = caseIDs.map { id -> SelfTestCase in
            let aaVerdicts = aaReports.compactMap { $0.verdicts.first { $0.caseID == id } }
            let alarms = aaVerdicts.filter { $0.status == .regressed || $0.status == .moved }
            let current = aa[0].document.result(for: id)
            let counted = exact.result(for: id)?.fixed.value(.instructions) != nil
            return SelfTestCase(
                id: id, items: current?.items ?? [], falseAlarms: alarms.count,
                falseAlarmRules: Array(Set(alarms.flatMap(\.decidingChecks).map(\.rule.description))).sorted(),
                inconclusive: aaVerdicts.filter { $0.status == .inconclusive }.count,
                timeDetected: timeReports.map { Self.status(of: id, in: $0) == .regressed },
                timeNotJudged: timeNotJudged(current, sameHost: sameHost),
                instructionsInjected: counted ? workRuns.map { Self.injected(id, $0, exact) } : [],
                instructionsDetected: counted ? workReports.map { Self.status(of: id, in: $0) == .regressed } : [],
                allocationDetected: extraAllocation.result(for: id)?.fixed.value(.allocations) == nil
                    ? nil : Self.status(of: id, in: allocationReport) == .regressed)
        }
        return SelfTestResult(
            createdAt: createdAt, host: host, sameHostAsBaseline: sameHost, aaRuns: aaRuns,
            timeSteps: sameHost ? timeSteps : [], workSteps: countInstructions == nil ? [] : workSteps, cases: cases)
    }

    /// A busy-wait of `step` × the baseline's fixed time per event, for each case the baseline timed.
    private func timePlan(_ step: Double, caseIDs: [String]) -> PerturbationPlan {
        var byCase: [String: Perturbation] = [:]
        for id in caseIDs {
            guard let time = retry.baseline.result(for: id)?.fixed.value(.time) else { continue }
            byCase[id] = .time(nanosecondsPerEvent: time * step)
        }
        return PerturbationPlan(byCase: byCase)
    }

    private func timeNotJudged(_ result: CaseResult?, sameHost: Bool) -> String? {
        if !sameHost { return "host identity differs from the baseline's" }
        if let tolerance = result?.tolerance, !tolerance.judgesTimeDrift { return tolerance.reason }
        if retry.baseline.result(for: result?.id ?? "")?.fixed.value(.time) == nil {
            return "not timed in the baseline"
        }
        return nil
    }

    private static func status(of id: String, in report: GateReport) -> VerdictStatus? {
        report.verdicts.first { $0.caseID == id }?.status
    }

    /// Fixed instructions per event the perturbation added to case `id` (0 when not counted).
    private static func injected(_ id: String, _ perturbed: ResultsDocument, _ exact: ResultsDocument) -> Double {
        guard let with = perturbed.result(for: id)?.fixed.value(.instructions),
            let without = exact.result(for: id)?.fixed.value(.instructions)
        else { return 0 }
        return with - without
    }
}

extension SelfTest {
    /// Counts the fixed sides' instructions under callgrind with a perturbation, into a copy of a
    /// document; nil when valgrind cannot run here (the result then says instructions were not counted).
    package static func callgrindCounter(
        quick: Bool, pattern: String? = nil, catalog: CaseCatalog, host: HostDescription
    ) throws -> ((ResultsDocument, Perturbation) throws -> ResultsDocument)? {
        guard host.valgrind.available else { return nil }
        let cases = try BenchRun(catalog: catalog, request: RunRequest(pattern: pattern, quick: quick)).cases
        return { document, perturbation in
            var counted = document
            try CallgrindEngine(overrides: [], perturbation: perturbation, fixedOnly: true)
                .addInstructions(to: &counted, cases: cases)
            return counted
        }
    }
}
