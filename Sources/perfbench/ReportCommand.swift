import ArgumentParser

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Render a results file as a Markdown or HTML report with SVG charts."
    )

    func run() throws {
        throw ValidationError("report: not built yet (issue 6)")
    }
}
