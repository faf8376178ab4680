import ArgumentParser
import PerfBenchKit

/// The process `perfbench run --engine callgrind` starts under valgrind; not for people.
package struct CallgrindChildCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "callgrind-child",
        abstract: "Measure cases under callgrind (started by `run --engine callgrind`).",
        shouldDisplay: false
    )

    package init() {}

    @Option(name: .customLong("case-ids"), help: "Exact case ids, comma separated.")
    package var caseIDs: String

    @Option(name: .customLong("set"), help: "Parameter overrides, as for `run`.")
    var overrides: [String] = []

    @Option(name: .long, help: "A cost every fixed side pays (self-test): time=NS, work=N or alloc=N per event.")
    var perturb: String?

    @Flag(name: .customLong("fixed-only"), help: "Count the fixed sides only.")
    var fixedOnly = false

    package func run() throws {
        let wanted = Set(caseIDs.split(separator: ",").map(String.init))
        var parsed: [ParameterOverride] = []
        for text in overrides {
            do throws(CaseSelectionError) {
                parsed.append(try ParameterOverride(parsing: text))
            } catch {
                throw ValidationError(error.description)
            }
        }
        let cases: [(BenchCase, ResolvedParameters)]
        do {
            // The parent passes the ids as resolved with these overrides (they show the run's sizes).
            cases = try ToolConfiguration.current.catalog.select(
                items: nil, pattern: nil, caseIDs: wanted, overrides: parsed
            )
            .filter { wanted.contains($0.0.id.description) }
        } catch {
            throw ValidationError("\(error)")
        }
        guard cases.count == wanted.count else {
            throw ValidationError("callgrind-child: unknown case id among \(caseIDs)")
        }
        var perturbation: Perturbation?
        if let perturb {
            guard let parsed = Perturbation(parsing: perturb) else {
                throw ValidationError("--perturb '\(perturb)': expected time=NS, work=N or alloc=N")
            }
            perturbation = parsed
        }
        do {
            try CallgrindEngine(overrides: parsed, perturbation: perturbation, fixedOnly: fixedOnly)
                .runChild(cases)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
