import ArgumentParser
import PerfBenchKit

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Render a results file as a Markdown or HTML report with SVG charts.",
        discussion: """
            With --output, writes REPORT.md and its SVG charts (or a self-contained report.html) into \
            the directory. Without it, prints the document; Markdown then has tables only, for a CI job summary.
            """
    )

    @Argument(help: "The results file to render.")
    var file: String

    @Option(help: "Output format: markdown or html.")
    var format: ResultsReport.Format = .markdown

    @Option(help: "Directory to write the report and its charts into.")
    var output: String?

    @Option(name: .customLong("self-test"), help: "A `perfbench check --self-test` result to include as its own section.")
    var selfTest: String?

    func run() throws {
        try ExitStatus.run {
            let document = try ResultsStore.load(from: file)
            let selfTestResult = try selfTest.map { path throws(ResultsError) in try SelfTestStore.load(from: path) }
            let bundle = ResultsReport.render(
                document, format: format, includeChartFiles: output != nil, selfTest: selfTestResult)
            if let output {
                for path in try bundle.write(to: output) { print("wrote \(path)") }
            } else {
                print(bundle.primary, terminator: "")
            }
            return ExitStatus.pass
        }
    }
}
