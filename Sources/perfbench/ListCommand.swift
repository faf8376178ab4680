import ArgumentParser

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the benchmark cases with their audit items, parameters and floors."
    )

    func run() throws {
        throw ValidationError("list: not built yet (issue 5)")
    }
}
