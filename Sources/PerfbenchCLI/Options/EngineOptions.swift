import ArgumentParser
import PerfBenchKit

/// `--engine` and `--counters`.
struct EngineOptions: ParsableArguments {
    @Option(name: .long, help: "auto (richest that works here), wall, perf or callgrind.")
    var engine: EngineKind = .auto

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Counters for the perf engine, comma separated (perf or libpfm4 names).", valueName: "names"))
    var counters: String?

    var counterNames: [String] {
        counters?.split(separator: ",").map { String($0) }.filter { !$0.isEmpty } ?? []
    }

    func validate() throws {
        if counters != nil && counterNames.isEmpty {
            throw ValidationError("--counters: expected one or more counter names")
        }
    }
}
