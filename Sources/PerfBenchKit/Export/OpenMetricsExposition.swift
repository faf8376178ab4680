/// OpenMetrics 1.0 text exposition: one gauge family per metric, a sample per case and side.
///
/// Each family is `perfbench_<metric>` plus its unit as the suffix the specification requires
/// (`perfbench_latency_seconds`, `perfbench_bytes`, `perfbench_speedup_ratio`; counts have no
/// unit), announced by `# TYPE`, `# UNIT` (when it has one) and `# HELP` before its samples. Times
/// are converted from nanoseconds to the base unit, seconds. Interval ends, where a row has them,
/// are families of their own with `_lower` / `_upper` before the unit, so no aggregation mixes them
/// with the figures. Every sample is labelled `case`, `side`, `metric` (the name as perfbench
/// writes it), `engine` and `host`. When the document knows its commit or time, an info family
/// `perfbench_run` carries them. The exposition ends with `# EOF`.
package enum OpenMetricsExposition {
    /// The three families a row can contribute to.
    private enum Bound: String, CaseIterable {
        case value = ""
        case lower = "_lower"
        case upper = "_upper"
    }

    private struct Family {
        var name: String
        var unit: String?
        var help: String
        /// Who first claimed the name; a second claimant with another identity is a collision.
        var owner: String
        var samples: [String] = []
    }

    /// The exposition, `# EOF`-terminated.
    ///
    /// - Throws: the `ExportError` of ``ExportDocument`` validation, or `.metricNameCollision` when two
    ///   metrics (or units) sanitise to the same family name.
    package static func render(_ document: ExportDocument) throws(ExportError) -> String {
        try document.validate()
        var families: [Family] = []
        var position: [String: Int] = [:]
        for row in document.rows {
            let (unit, divisor) = row.unit.openMetricsBase
            for bound in Bound.allCases {
                let figure: Double?
                switch bound {
                case .value: figure = row.value
                case .lower: figure = row.lower
                case .upper: figure = row.upper
                }
                guard let figure else { continue }
                let name = familyName(metric: row.metric, unit: unit, bound: bound)
                let owner = "\(row.metric) [\(row.unit.symbol)]\(bound.rawValue)"
                if position[name] == nil {
                    position[name] = families.count
                    families.append(
                        Family(name: name, unit: unit, help: help(row, bound: bound), owner: owner))
                }
                let index = position[name]!
                guard families[index].owner == owner else {
                    throw .metricNameCollision(family: name, first: families[index].owner, second: owner)
                }
                families[index].samples.append("\(name)\(labels(row)) \(number(figure / divisor))")
            }
        }
        let info = runInfo(document)
        if !info.isEmpty, let taken = ["perfbench_run", "perfbench_run_info"].first(where: { position[$0] != nil }) {
            throw .metricNameCollision(family: taken, first: families[position[taken]!].owner, second: "run info")
        }
        var lines: [String] = []
        for family in families {
            lines.append("# TYPE \(family.name) gauge")
            if let unit = family.unit { lines.append("# UNIT \(family.name) \(unit)") }
            lines.append("# HELP \(family.name) \(escaped(family.help))")
            lines += family.samples
        }
        lines += info
        lines.append("# EOF")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `perfbench_` + the metric in snake case + the bound + `_` + the unit, unless the metric's
    /// name already ends in the unit (`bytes`), so no name says its unit twice.
    package static func familyName(metric: String, unit: String?, bound: String = "") -> String {
        var base = "perfbench_" + snakeCase(metric)
        guard let unit else { return base + bound }
        if base.hasSuffix("_" + unit) { base.removeLast(unit.count + 1) }
        return base + bound + "_" + unit
    }

    private static func familyName(metric: String, unit: String?, bound: Bound) -> String {
        familyName(metric: metric, unit: unit, bound: bound.rawValue)
    }

    /// `cpuTime` → `cpu_time`, `branch-misses` → `branch_misses`: ASCII letters and digits in lower
    /// case, every run of anything else as one underscore. The `perfbench_` prefix keeps the result
    /// a valid name even when the metric starts with a digit.
    static func snakeCase(_ text: String) -> String {
        var result = ""
        var previous: Character?
        for character in text {
            defer { previous = character }
            guard character.isASCII && (character.isLetter || character.isNumber) else {
                if result.last != "_" { result.append("_") }
                continue
            }
            if character.isUppercase, let previous, previous.isLowercase || previous.isNumber {
                result.append("_")
            }
            result.append(Character(character.lowercased()))
        }
        return result
    }

    private static func help(_ row: ExportRow, bound: Bound) -> String {
        let base: String
        switch row.unit {
        case .nanosecondsPerEvent: base = "perfbench \(row.metric) per event, in seconds (measured in ns/event)"
        default: base = "perfbench \(row.metric), \(row.unit.symbol)"
        }
        switch bound {
        case .value: return base
        case .lower: return base + ": lower end of its interval"
        case .upper: return base + ": upper end of its interval"
        }
    }

    private static func labels(_ row: ExportRow) -> String {
        let pairs = [
            ("case", row.caseID), ("side", row.side.rawValue), ("metric", row.metric), ("engine", row.engine),
            ("host", row.host),
        ]
        return "{" + pairs.map { "\($0.0)=\"\(escaped($0.1))\"" }.joined(separator: ",") + "}"
    }

    private static func runInfo(_ document: ExportDocument) -> [String] {
        let pairs = [("commit", document.commit), ("created_at", document.createdAt)].compactMap { pair in
            pair.1.map { (pair.0, $0) }
        }
        guard !pairs.isEmpty else { return [] }
        let labels = pairs.map { "\($0.0)=\"\(escaped($0.1))\"" }.joined(separator: ",")
        return [
            "# TYPE perfbench_run info",
            "# HELP perfbench_run the run these figures come from",
            "perfbench_run_info{\(labels)} 1",
        ]
    }

    /// OpenMetrics escapes backslash, double quote and newline in label values and HELP text.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// Swift's shortest round-trip form (`88.0`, `1.23e-08`) is a valid OpenMetrics number.
    private static func number(_ value: Double) -> String {
        value.description
    }
}
