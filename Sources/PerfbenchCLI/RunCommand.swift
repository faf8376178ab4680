import ArgumentParser
import Foundation
import PerfBenchKit

package struct RunCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the paired before/after cases and write a results file."
    )

    package init() {}

    @OptionGroup var selection: CaseSelectionOptions
    @OptionGroup var engineOptions: EngineOptions

    @Flag(name: .long, help: "Fewer rounds and shorter batches (the exact passes count the same events).")
    var quick = false

    @OptionGroup package var outputOptions: OutputOptions

    /// The timing pass alone: `perfbench baseline` runs each A/A run as a process of its own.
    @Flag(name: .long, help: .hidden)
    var timingOnly = false

    package func makeRequest() throws -> RunRequest {
        var request = RunRequest(
            items: try selection.parsedItems(), pattern: selection.cases, overrides: try selection.parsedOverrides(),
            engine: engineOptions.engine, counters: engineOptions.counterNames, quick: quick)
        if timingOnly { request.passes = [.timing] }
        return request
    }

    /// Progress on stderr, the table on stdout, the document to `--output`; exit 70 when a case's
    /// legacy and fixed outputs disagreed (it is listed as an error, not measured).
    package func run() throws {
        let request = try makeRequest()
        try ExitStatus.run {
            let outcome = try RunPipeline.execute(
                request, catalog: ToolConfiguration.current.catalog, progress: Self.printError)
            print(RunTable.render(outcome.document, failures: outcome.failures))
            try ResultsStore.save(outcome.document, to: outputOptions.output)
            Self.printError("results written to \(outputOptions.output)")
            return outcome.failures.isEmpty ? ExitStatus.pass : ExitStatus.software
        }
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
