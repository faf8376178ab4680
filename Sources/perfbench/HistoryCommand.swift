import ArgumentParser
import Foundation
import PerfBenchKit

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Trends and change points of a folder of results files, one per commit.",
        discussion: """
            Reads every *.json in DIR (perfbench.results/1 files are migrated), oldest created_at first, \
            keeping the runs of the newest run's plan (quick or full). Per case it prints the trend of every \
            fixed-side figure (ns/event, instructions/event, allocations ...) and the paired ratios (speedup, \
            fixed/limit) across the commits, finds the steps in each series with E-divisive means (a \
            permutation test at p <= 0.05; History.md), and names the first commit after each step with its \
            size and p-value.

            The newest step of each series is judged: a regression beyond the case's tolerance fails. Exact \
            metrics use the gate's growth limits (Tolerance.defaults with the case's declared tolerance); \
            time, CPU time, counters and ratios a relative threshold (--threshold, default 10%), unless the \
            case declares its time drift unjudgeable.

            --add FILE first stores FILE in DIR, slimmed (raw rounds dropped), as \
            <yyyy-mm-dd>-<short commit>.json, replacing an earlier file of the same commit. --output DIR \
            writes HISTORY.md and one SVG chart per case there.

            Exit 0 no regression, 1 the newest step of a series is a regression beyond tolerance, 64 usage, \
            65 a malformed file, 66 no such directory or no results in it, 73 cannot write.

            Examples:
              perfbench history results/history
              perfbench history results/history --add results/latest.json
              perfbench history results/history --output results/tmp/history
              perfbench history results/history --cases 'lb.select.*' --format markdown
            """
    )

    @Argument(help: ArgumentHelp("The history folder: one results file per commit.", valueName: "dir"))
    var directory: String

    @Option(
        help: ArgumentHelp(
            "Only these cases (a glob with '*' or a substring, comma separated).", valueName: "pattern"))
    var cases: String?

    @Option(
        name: .customLong("add"),
        help: ArgumentHelp("First add this results file to the folder, slimmed.", valueName: "file"))
    var addition: String?

    @Option(help: ArgumentHelp("Write HISTORY.md and a chart per case (<case>.svg) here.", valueName: "dir"))
    var output: String?

    @Option(help: "Output format: text or markdown.")
    var format: SummaryFormat = .text

    @Option(
        help: ArgumentHelp(
            "Relative step of a time, counter or ratio series, in its worse direction, that fails (0 < t < 1).",
            valueName: "fraction"))
    var threshold = HistoryThresholds.standard.sampled

    func validate() throws {
        guard threshold > 0 && threshold < 1 else {
            throw ValidationError("--threshold must be a fraction between 0 and 1, e.g. 0.1 for 10%")
        }
    }

    func run() throws {
        try ExitStatus.run {
            if let addition {
                let path = try HistoryFolder.add(try ResultsStore.load(from: addition), to: directory)
                RunCommand.printError("history: added \(path)")
            }
            let patterns = cases.map { $0.split(separator: ",").map(String.init) }
            let analysis = try HistoryAnalysis(
                entries: try HistoryFolder.load(directory), patterns: patterns,
                thresholds: HistoryThresholds(sampled: threshold))
            print(HistoryReport.render(analysis, format: format), terminator: "")
            if let output {
                let bundle = HistoryReport.bundle(analysis)
                try bundle.write(to: output)
                RunCommand.printError("history: wrote HISTORY.md and \(bundle.files.count - 1) chart(s) to \(output)")
            }
            return analysis.hasRegression ? ExitStatus.regression : ExitStatus.pass
        }
    }
}
