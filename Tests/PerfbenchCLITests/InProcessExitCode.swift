import PerfbenchCLI

/// Parses and runs `arguments` as the `perfbench` root command in this process; returns the exit
/// code it ends with (0 when `run` returns). Shared by the CLI tests that check exit statuses.
func exitCode(_ arguments: [String]) -> Int32 {
    do {
        var command = try PerfbenchCommand.parseAsRoot(arguments)
        try command.run()
        return 0
    } catch {
        return PerfbenchCommand.exitCode(for: error).rawValue
    }
}
