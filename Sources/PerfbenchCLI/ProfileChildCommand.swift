import ArgumentParser
import PerfBenchKit

/// The process `perfbench profile --engine callgrind` starts under valgrind; not for people.
package struct ProfileChildCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "profile-child",
        abstract: "Collect one case's sides under callgrind (started by `profile --engine callgrind`).",
        shouldDisplay: false
    )

    package init() {}

    @Option(name: .customLong("case-id"), help: "The exact case id.")
    var caseID: String

    @Option(help: "Sides, comma separated (legacy,fixed).")
    var sides: String

    @Option(name: .customLong("set"), help: "Parameter overrides, as for `profile`.")
    var overrides: [String] = []

    package func run() throws {
        var parsed: [ParameterOverride] = []
        for text in overrides {
            do throws(CaseSelectionError) {
                parsed.append(try ParameterOverride(parsing: text))
            } catch {
                throw ValidationError(error.description)
            }
        }
        let implementations = try sides.split(separator: ",").map { name in
            guard let implementation = Implementation(rawValue: String(name)) else {
                throw ValidationError("profile-child: unknown side '\(name)'")
            }
            return implementation
        }
        do {
            let (benchCase, parameters) = try ProfileRequest(caseID: caseID, overrides: parsed)
                .resolveCase(in: ToolConfiguration.current.catalog)
            try ProfileCallgrind.runChild(benchCase, parameters: parameters, sides: implementations)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
