import ArgumentParser

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two results files side by side."
    )

    func run() throws {
        throw ValidationError("compare: not built yet (issue 6)")
    }
}
