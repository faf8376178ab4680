import ArgumentParser
import PerfBenchKit

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two results files side by side.",
        discussion: "Differences never fail: exit 0 unless a file is missing (66) or malformed (65)."
    )

    @Argument(help: "The earlier results file (A).")
    var before: String

    @Argument(help: "The later results file (B).")
    var after: String

    @Option(help: "Output format: text or markdown.")
    var format: SummaryFormat = .text

    func run() throws {
        try ExitStatus.run {
            let a = try ResultsStore.load(from: before)
            let b = try ResultsStore.load(from: after)
            print(ResultsComparison(a, b).render(format: format), terminator: "")
            return ExitStatus.pass
        }
    }
}
