import ArgumentParser
import Foundation
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

            --format junit writes JUnit XML (one test case per case: regressed is a failure with the rule and \
            its figures, moved an error, inconclusive skipped with the reason) for CI test-report readers; \
            --format json the verdicts as data (schema perfbench.gate/1). --also FORMAT=PATH writes the same \
            verdicts once more in another format, so one gate run feeds a job summary and a test report.

            Exit 0 pass, 1 regression, 2 inconclusive (too noisy, missing capability, different \
            workloads), 3 baseline moved, 64 usage, 65 malformed or schema-mismatched results, 66 missing input.

            Examples:
              perfbench check --quick                       # what ci/gate.sh runs
              perfbench check --current run.json --baseline results/baseline.json
              perfbench check --quick --candidate legacy    # prove the gate sees every fix
              perfbench check --current run.json --format junit > gate.xml
              perfbench check --quick --format markdown --also junit=gate.xml
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

    @Option(
        help: ArgumentHelp(
            "When running the cases now: only these (a glob with '*' or a substring, comma separated); the "
                + "baseline is narrowed to the same cases.", valueName: "pattern"))
    var cases: String?

    @Option(help: "When running the cases now: also save the (pooled) results to this file.")
    var output: String?

    @Option(help: "When running the cases now: how many times an inconclusive case is measured again and pooled.")
    package var retries = 2

    @Option(help: "Whose numbers to judge as the fix: fixed, or legacy to prove the gate can see.")
    package var candidate: Candidate = .fixed

    @Option(
        name: .customLong("tolerance"),
        help: ArgumentHelp(
            "Override a tolerance for an experiment: KEY=VALUE or CASE-PATTERN:KEY=VALUE (repeatable).",
            discussion: "Keys: " + ToleranceSetting.Key.all.map(\.description).joined(separator: ", ")
                + ". A pattern is a case id or a prefix ending in *. Lasting tolerances belong to the case."))
    package var tolerances: [String] = []

    @Option(
        help: ArgumentHelp(
            "Output format: text, markdown (a job summary), junit (JUnit XML for CI test reports) or json "
                + "(the verdicts as data).", valueName: "format"))
    package var format: GateFormat = .text

    @Option(
        name: .customLong("also"),
        help: ArgumentHelp(
            "Also write the same verdicts in another format to a file: FORMAT=PATH (repeatable), e.g. "
                + "junit=gate/check.junit.xml.", valueName: "format=path"))
    package var alsoWrite: [String] = []

    @Flag(
        name: .customLong("self-test"),
        help: ArgumentHelp(
            "Measure the gate's own power here: A/A runs of unchanged code and injected regressions.",
            discussion: """
                Reports per case the false alarms of unchanged code and the smallest injected regression the \
                gate detects (MDE) in time and in instructions, and whether one extra allocation per event is \
                caught. Writes the result as JSON to --output (default results/self-test.json); \
                `perfbench report --self-test FILE` puts the table into REPORT.md. Takes several minutes. \
                Exit 1 when unchanged code failed the gate.
                """))
    package var selfTest = false

    @Option(name: .customLong("aa-runs"), help: "With --self-test: A/A gate runs of unchanged code.")
    package var aaRuns = 2

    package func validate() throws {
        if quick && current != nil {
            throw ValidationError("--quick applies only when check runs the cases itself; drop it or --current")
        }
        if cases != nil && current != nil {
            throw ValidationError("--cases applies only when check runs the cases itself; drop it or --current")
        }
        if output != nil && current != nil {
            throw ValidationError("--output applies only when check runs the cases itself; drop it or --current")
        }
        if retries < 0 { throw ValidationError("--retries must be 0 or more") }
        if selfTest && current != nil {
            throw ValidationError("--self-test runs the cases itself; drop --current")
        }
        if aaRuns < 1 { throw ValidationError("--aa-runs must be at least 1") }
        let files = try alsoWrite.map(GateFileRequest.init(parsing:))
        if selfTest && !files.isEmpty {
            throw ValidationError("--also applies to gate verdicts; --self-test writes its result to --output")
        }
        if selfTest && format.summaryFormat == nil {
            throw ValidationError(
                "--self-test prints text or markdown; --format \(format.rawValue) is for gate verdicts")
        }
    }

    package var baselinePath: String {
        baseline ?? (quick ? "results/baseline-quick.json" : "results/baseline.json")
    }

    package func run() throws {
        try ExitStatus.run {
            let settings = try tolerances.map { text throws(ToleranceError) in try ToleranceSetting(parsing: text) }
            var gate = Gate(tolerances: ToleranceSet(settings: settings), candidate: candidate)
            var baselineDocument = try ResultsStore.load(from: baselinePath)
            // From the whole baseline: a case's band must not depend on which cases --cases selects.
            gate.noisePrior = NoisePrior(baseline: baselineDocument)
            if let cases {
                let patterns = cases.split(separator: ",").map(String.init)
                baselineDocument.cases.removeAll { result in
                    !patterns.contains { CaseID(result.id)?.matches($0) ?? false }
                }
            }
            if selfTest {
                return try runSelfTest(GateRetry(gate: gate, baseline: baselineDocument, retries: retries))
            }
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
            print(format.render(report), terminator: "")
            for file in try alsoWrite.map(GateFileRequest.init(parsing:)) {
                try TextOutput.emit(file.format.render(report), to: file.path)
            }
            return ExitStatus.code(for: report.outcome)
        }
    }

    /// `--self-test`: the table on stdout, the result as JSON; exit 1 when unchanged code failed.
    private func runSelfTest(_ retry: GateRetry) throws -> ExitCode {
        let host = HostProbe.probe()
        let catalog = ToolConfiguration.current.catalog
        let counter = try SelfTest.callgrindCounter(quick: quick, pattern: cases, catalog: catalog, host: host)
        let result = try SelfTest(retry: retry, quick: quick, pattern: cases, aaRuns: aaRuns).run(
            execute: { request in
                let outcome = try RunPipeline.execute(request, catalog: catalog, progress: RunCommand.printError)
                if let failure = outcome.failures.first { throw failure }
                return outcome.document
            },
            countInstructions: counter, host: host, createdAt: ISO8601DateFormatter().string(from: Date()),
            progress: RunCommand.printError)
        print(SelfTestSummary.render(result, format: format.summaryFormat ?? .text), terminator: "")
        let path = output ?? "results/self-test.json"
        try SelfTestStore.save(result, to: path)
        RunCommand.printError("self-test written to \(path)")
        return result.cases.contains { $0.falseAlarms > 0 } ? ExitStatus.regression : ExitStatus.pass
    }

    /// Runs the tool's catalog (or exactly the cases `ids` names) with the auto engine, progress on
    /// stderr; a case whose legacy and fixed outputs disagreed is an internal error (exit 70).
    private func runCases(ids: Set<String>?, passes: Set<RunPass>) throws -> ResultsDocument {
        let outcome = try RunPipeline.execute(
            RunRequest(pattern: ids == nil ? cases : nil, caseIDs: ids, quick: quick, passes: passes),
            catalog: ToolConfiguration.current.catalog, progress: RunCommand.printError)
        if let failure = outcome.failures.first { throw failure }
        return outcome.document
    }
}
