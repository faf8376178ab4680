import ArgumentParser
import PerfBenchKit

package struct CheckCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Gate a results file against the accepted baseline.",
        discussion: """
            Per case: pass, improved, regressed (rule and amount) or inconclusive (why). \
            Exit 0 pass, 1 regression, 2 inconclusive or environment, 64 usage, 65 malformed or \
            schema-mismatched results, 66 missing input.
            """
    )

    package init() {}

    @Option(help: "The accepted baseline results file.")
    package var baseline = "results/baseline.json"

    @Option(help: "Results to judge; without it the cases are run now.")
    package var current: String?

    @Flag(help: "When running the cases now: fewer rounds and smaller sweeps.")
    var quick = false

    @Option(help: "When running the cases now: also save the results to this file.")
    var output: String?

    @Option(help: "Whose numbers to judge as the fix: fixed, or legacy to prove the gate can see.")
    package var candidate: Candidate = .fixed

    @Option(
        name: .customLong("tolerance"),
        help: ArgumentHelp(
            "Override a tolerance: KEY=VALUE or CASE-PATTERN:KEY=VALUE (repeatable).",
            discussion: "Keys: " + ToleranceSetting.Key.allCases.map(\.rawValue).joined(separator: ", ")
                + ". A pattern is a case id or a prefix ending in *."))
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
    }

    package func run() throws {
        try ExitStatus.run {
            let settings = try tolerances.map { text throws(ToleranceError) in try ToleranceSetting(parsing: text) }
            let baselineDocument = try ResultsStore.load(from: baseline)
            let currentDocument =
                try current.map { path throws(ResultsError) in try ResultsStore.load(from: path) }
                ?? runCases()
            let gate = Gate(tolerances: ToleranceSet(settings: settings), candidate: candidate)
            let report = gate.evaluate(current: currentDocument, baseline: baselineDocument)
            print(GateSummary.render(report, format: format), terminator: "")
            return ExitStatus.code(for: report.outcome)
        }
    }

    /// Runs the standard catalog with the auto engine, progress on stderr; a case whose legacy and
    /// fixed outputs disagreed is an internal error (exit 70), never a measurement.
    private func runCases() throws -> ResultsDocument {
        let outcome = try RunPipeline.execute(RunRequest(quick: quick), progress: RunCommand.printError)
        if let failure = outcome.failures.first { throw failure }
        if let output {
            try ResultsStore.save(outcome.document, to: output)
            RunCommand.printError("results written to \(output)")
        }
        return outcome.document
    }
}
