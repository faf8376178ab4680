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
        let benchRun: BenchRun
        do {
            benchRun = try BenchRun(request: request)
        } catch {
            throw ValidationError(error.description)
        }
        let host = HostProbe.probe()
        if host.buildConfiguration != "release" {
            Self.printError("warning: \(host.buildConfiguration) build: timings are not representative")
        }
        let engine = try EngineSelection.resolve(request, host: host)
        Self.printError("engine: \(engine.resolved.record.used) (\(engine.resolved.record.reason))")
        var outcome = benchRun.execute(
            host: host, engine: engine.resolved, allocations: AllocationPass.makeIfExact(),
            createdAt: Self.timestamp(), progress: Self.printError)
        if let callgrind = engine.callgrind {
            do {
                try callgrind.addInstructions(to: &outcome.document, cases: benchRun.cases)
            } catch {
                Self.printError("callgrind pass failed: \(error)")
                outcome.document.unavailableCounters.append(
                    UnavailableCounter(name: "instructions", reason: "callgrind pass failed: \(error)"))
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

    static func timestamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}
