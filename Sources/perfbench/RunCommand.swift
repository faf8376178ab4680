import ArgumentParser
import Foundation
import PerfBenchKit

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the paired before/after cases and write a results file."
    )

    @OptionGroup var selection: CaseSelectionOptions
    @OptionGroup var engineOptions: EngineOptions

    @Flag(name: .long, help: "Fewer rounds and shorter batches: every item in under 90 s.")
    var quick = false

    @OptionGroup var outputOptions: OutputOptions

    func makeRequest() throws -> RunRequest {
        RunRequest(
            items: try selection.parsedItems(), pattern: selection.cases, overrides: try selection.parsedOverrides(),
            engine: engineOptions.engine, counters: engineOptions.counterNames, quick: quick)
    }

    func run() throws {
        let request = try makeRequest()
        let outcome: RunOutcome
        do {
            outcome = try RunPipeline.execute(request, progress: Self.printError)
        } catch {
            switch error {
            case .selection(let reason):
                throw ValidationError(reason.description)
            case .engine(let reason) where reason.isUsageError:
                throw ValidationError(reason.description)
            case .engine(let reason):
                Self.printError("Error: \(reason)")
                throw ExitStatus.inconclusive
            }
        }
        print(RunTable.render(outcome.document, failures: outcome.failures))
        try write(outcome.document)
        if !outcome.failures.isEmpty {
            throw ExitStatus.software
        }
    }

    func write(_ document: ResultsDocument) throws {
        let url = URL(fileURLWithPath: outputOptions.output)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(document).write(to: url, options: .atomic)
        Self.printError("results written to \(outputOptions.output)")
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
