import ArgumentParser
import PerfBenchKit

package struct CheckCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Gate a results file against the accepted baseline.",
        discussion: """
            Per case: pass, improved, regressed (rule and amount), moved (the legacy side changed) or \
            inconclusive (why). Without --current the cases are run now (--quick for the quick plan, judged \
            against results/baseline-quick.json unless --baseline says otherwise); an inconclusive case is \
            measured again and its rounds pooled with the first run's (--retries), never replaced by them.

            Exit 0 pass, 1 regression, 2 inconclusive (too noisy, missing capability, different \
            workloads), 3 baseline moved, 64 usage, 65 malformed or schema-mismatched results, 66 missing input.

            Examples:
              perfbench check --quick                       # what ci/gate.sh runs
              perfbench check --current run.json --baseline results/baseline.json
              perfbench check --quick --candidate legacy    # prove the gate sees every fix
            """
    )

    package init() {}

    @Option(
        help: "The accepted baseline (default: results/baseline-quick.json with --quick, else results/baseline.json).")
    package var baseline: String?

    @Option(help: "Results to judge; without it the cases are run now.")
    package var current: String?

    @Flag(help: "When running the cases now: the quick plan (fewer rounds, shorter batches).")
    var quick = false

    @Option(help: "When running the cases now: also save the (pooled) results to this file.")
    var output: String?

    @Option(help: "When running the cases now: how many times an inconclusive case is measured again and pooled.")
    package var retries = 1

    @Option(help: "Whose numbers to judge as the fix: fixed, or legacy to prove the gate can see.")
    package var candidate: Candidate = .fixed

    @Option(
        name: .customLong("tolerance"),
        help: ArgumentHelp(
            "Override a tolerance for an experiment: KEY=VALUE or CASE-PATTERN:KEY=VALUE (repeatable).",
            discussion: "Keys: " + ToleranceSetting.Key.all.map(\.description).joined(separator: ", ")
                + ". A pattern is a case id or a prefix ending in *. Lasting tolerances belong to the case."))
    package var tolerances: [String] = []

    @Option(help: "Output format: text or markdown.")
    package var format: SummaryFormat = .text

    package func validate() throws {
        if quick && current != nil {
            throw ValidationError("--quick applies only when check runs the cases itself; drop it or --current")
        }
        if output != nil && current != nil {
            throw ValidationError("--output applies only when check runs the cases itself; drop it or --current")
        }
        if retries < 0 { throw ValidationError("--retries must be 0 or more") }
    }

    package var baselinePath: String {
        baseline ?? (quick ? "results/baseline-quick.json" : "results/baseline.json")
    }

    package func run() throws {
        try ExitStatus.run {
            let settings = try tolerances.map { text throws(ToleranceError) in try ToleranceSetting(parsing: text) }
            let gate = Gate(tolerances: ToleranceSet(settings: settings), candidate: candidate)
            let baselineDocument = try ResultsStore.load(from: baselinePath)
            let report: GateReport
            if let current {
                report = try gate.evaluate(current: try ResultsStore.load(from: current), baseline: baselineDocument)
            } else {
                let retry = GateRetry(gate: gate, baseline: baselineDocument, retries: retries)
                let judged = try retry.judge { ids, passes in
                    try runCases(ids: ids, passes: passes)
                } progress: { line in
                    RunCommand.printError(line)
                }
                report = judged.report
                if let output {
                    try ResultsStore.save(judged.document, to: output)
                    RunCommand.printError("results written to \(output)")
                }
            }
            print(GateSummary.render(report, format: format), terminator: "")
            return ExitStatus.code(for: report.outcome)
        }
    }

    /// Runs the standard catalog (or exactly the cases `ids` names) with the auto engine, progress on
    /// stderr; a case whose legacy and fixed outputs disagreed is an internal error (exit 70).
    private func runCases(ids: Set<String>?, passes: Set<RunPass>) throws -> ResultsDocument {
        let outcome = try RunPipeline.execute(
            RunRequest(caseIDs: ids, quick: quick, passes: passes), progress: RunCommand.printError)
        if let failure = outcome.failures.first { throw failure }
        return outcome.document
    }
}
