import ArgumentParser
import PerfBenchKit

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a results file in a format dashboards and CI systems read.",
        discussion: """
            One row per case, side (legacy, fixed, limit, or pair for the ratios) and metric: every metric \
            the file measured, with the interval of each median (sampled metrics: the distribution-free \
            interval of the kept rounds, else the interquartile range; ratios: their bootstrap interval). \
            Exact metrics (allocations, bytes, instructions) have no interval.

            Formats (--format):
              bmf             Bencher Metric Format JSON, for `bencher run --adapter json`;
                              time is Bencher's `latency` measure with its bounds
              github-smaller  github-action-benchmark, tool: customSmallerIsBetter (time,
                              allocations, bytes, instructions, fixed/limit)
              github-bigger   github-action-benchmark, tool: customBiggerIsBetter (speedup)
              openmetrics     OpenMetrics 1.0 text for Prometheus, times in seconds
              csv             RFC 4180 CSV, one record per case, side and metric

            Exit 0 written, 64 usage, 65 malformed results or a figure no format can carry, \
            66 missing file, 73 the output cannot be written.

            Examples:
              perfbench export results/latest.json --format bmf --output bmf.json
              perfbench export results/latest.json --format github-smaller > small.json
              perfbench export results/latest.json --format openmetrics > perfbench.prom
              perfbench export results/baseline.json --format csv > baseline.csv
            """
    )

    @Argument(help: "The results file to export (perfbench.results/1 files are migrated).")
    var file: String

    @Option(
        help: ArgumentHelp(
            "One of: " + ExportFormat.allCases.map(\.rawValue).joined(separator: ", ") + ".", valueName: "format"))
    var format: ExportFormat

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    func run() throws {
        try ExitStatus.run {
            let results = try ResultsStore.load(from: file)
            let text = try format.render(ExportDocument(results: results))
            try TextOutput.emit(text, to: output)
            return ExitStatus.pass
        }
    }
}
