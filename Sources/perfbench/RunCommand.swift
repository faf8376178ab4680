import ArgumentParser

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the paired before/after cases and write a results file."
    )

    func run() throws {
        throw ValidationError("run: not built yet (issue 5)")
    }
}
