import ArgumentParser

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Gate a results file against the accepted baseline."
    )

    func run() throws {
        throw ValidationError("check: not built yet (issue 6)")
    }
}
