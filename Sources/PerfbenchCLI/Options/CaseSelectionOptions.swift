import ArgumentParser
import PerfBenchKit

/// `--items`, `--cases` and `--set`: which cases run and with which parameters.
struct CaseSelectionOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Items to cover, comma separated, as `list` shows them (e.g. 148,150).",
            valueName: "items"))
    var items: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Case ids to run: a glob with '*', or a substring of the id (e.g. 'lb.select.*.n100').",
            valueName: "pattern"))
    var cases: String?

    @Option(
        name: .customLong("set"),
        help: ArgumentHelp(
            "Override a case parameter, e.g. --set endpoints=5000 (repeatable).", valueName: "name=value"))
    var overrides: [String] = []

    /// The parsed `--items` list.
    func parsedItems() throws -> [Int]? {
        guard let items else { return nil }
        var parsed: [Int] = []
        for part in items.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = part.trimmingCharacters(in: " ")
            guard let item = Int(trimmed.hasPrefix("#") ? String(trimmed.dropFirst()) : trimmed) else {
                throw ValidationError("--items '\(items)': '\(part)' is not an item number")
            }
            parsed.append(item)
        }
        return parsed
    }

    /// The parsed `--set` overrides.
    func parsedOverrides() throws -> [ParameterOverride] {
        var parsed: [ParameterOverride] = []
        for text in overrides {
            do throws(CaseSelectionError) {
                parsed.append(try ParameterOverride(parsing: text))
            } catch {
                throw ValidationError(error.description)
            }
        }
        return parsed
    }

    func validate() throws {
        _ = try parsedItems()
        _ = try parsedOverrides()
    }
}

extension Substring {
    func trimmingCharacters(in set: Character) -> String {
        String(drop(while: { $0 == set }).reversed().drop(while: { $0 == set }).reversed())
    }
}
