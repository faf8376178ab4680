import ArgumentParser
import PerfBenchKit

package struct CompareCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two results files side by side.",
        discussion: "Differences never fail: exit 0 unless a file is missing (66) or malformed (65)."
    )

    package init() {}

    @Argument(help: "The earlier results file (A).")
    package var before: String

    @Argument(help: "The later results file (B).")
    package var after: String

    @Option(help: "Output format: text or markdown.")
    var format: SummaryFormat = .text

    package func run() throws {
        try ExitStatus.run {
            let a = try ResultsStore.load(from: before)
            let b = try ResultsStore.load(from: after)
            print(ResultsComparison(a, b).render(format: format), terminator: "")
            return ExitStatus.pass
        }
    }
}
