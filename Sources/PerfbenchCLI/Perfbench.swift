import ArgumentParser
import PerfBenchKit

/// The perfbench command line as a library: a package with cases of its own runs the same verbs
/// (`run`, `list`, `check`, `baseline`, `compare`, `report`, `export`, `history`, `profile`, ...)
/// over its own catalog.
///
/// ```swift
/// import PerfBenchKit
/// import PerfbenchCLI
///
/// Perfbench.main(catalog: CaseCatalog(cases: [insertionSort, fnvHash]), commandName: "sorting-bench")
/// ```
public enum Perfbench {
    /// Parses `arguments` (default: the process's), runs the command over `catalog`, and exits
    /// with the command's status (0 pass, 1 regression, 2 inconclusive, 64 usage, 65 malformed
    /// results, 66 missing input, 70 before and after disagree, 73 cannot write).
    ///
    /// The callgrind and profile engines re-run this executable under valgrind with hidden
    /// subcommands, so the executable must call this with the same catalog whatever its arguments.
    ///
    /// - Parameters:
    ///   - catalog: the cases every command selects from, lists and runs.
    ///   - commandName: the name help and usage lines show.
    ///   - abstract: the one line `--help` shows under the name (nil: a generic description).
    ///   - arguments: the command line without the executable name (nil: the process's).
    public static func main(
        catalog: CaseCatalog, commandName: String, abstract: String? = nil, arguments: [String]? = nil
    ) {
        main(
            ToolConfiguration(
                catalog: catalog, commandName: commandName, abstract: abstract ?? ToolConfiguration.genericAbstract),
            arguments: arguments)
    }

    /// Runs the command line as `tool` (`perfbench` itself: `ToolConfiguration.perfbench`).
    package static func main(_ tool: ToolConfiguration, arguments: [String]? = nil) {
        ToolConfiguration.$current.withValue(tool) {
            PerfbenchCommand.main(arguments)
        }
    }
}

/// What the commands run over: the catalog, and the name the tool goes by. A task-local value, so
/// that tests running a command over a catalog of their own affect nothing else.
package struct ToolConfiguration: Sendable {
    package var catalog: CaseCatalog
    package var commandName: String
    package var abstract: String

    package init(catalog: CaseCatalog, commandName: String, abstract: String) {
        self.catalog = catalog
        self.commandName = commandName
        self.abstract = abstract
    }

    static let genericAbstract = "Paired before/after measurements of this tool's cases (see `list`), and the CI gate."

    /// perfbench over the compute runtime's audit cases.
    package static let perfbench = ToolConfiguration(
        catalog: .standard, commandName: "perfbench",
        abstract: "Before/after measurements of the compute runtime's audit items (#148–#170), and the CI gate.")

    /// The configuration the running command reads.
    @TaskLocal package static var current = ToolConfiguration.perfbench
}
