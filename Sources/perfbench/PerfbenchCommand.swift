import ArgumentParser

@main
struct PerfbenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "perfbench",
        abstract: "Before/after measurements of the compute runtime's audit items (#148–#170), and the CI gate.",
        subcommands: [
            RunCommand.self, CheckCommand.self, BaselineCommand.self, CompareCommand.self, ReportCommand.self,
            ExportCommand.self, HistoryCommand.self, ListCommand.self, CountersCommand.self, ProfileCommand.self,
            CallgrindChildCommand.self, ProfileChildCommand.self,
        ]
    )
}
