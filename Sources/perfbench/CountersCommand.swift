import ArgumentParser

struct CountersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "counters",
        abstract: "Show the host probe and which counters can be encoded and opened here."
    )

    func run() throws {
        throw ValidationError("counters: not built yet (issue 2)")
    }
}
