import ArgumentParser

/// The root command; `Perfbench.main(catalog:commandName:)` runs it with its name and catalog.
package struct PerfbenchCommand: ParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: ToolConfiguration.current.commandName,
            abstract: ToolConfiguration.current.abstract,
            subcommands: [
                RunCommand.self, CheckCommand.self, BaselineCommand.self, CompareCommand.self, ReportCommand.self,
                ExportCommand.self, HistoryCommand.self, ListCommand.self, CountersCommand.self, ProfileCommand.self,
                CallgrindChildCommand.self, ProfileChildCommand.self,
            ]
        )
    }

    package init() {}
}
