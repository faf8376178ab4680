/// The readable table `perfbench run` prints after its progress lines.
///
/// Columns: items, case, legacy and fixed ns/event (medians), the speedup with its interval,
/// allocations per event legacy → fixed, and callgrind instructions per event where known.
/// Missing figures print as `n/a` (never as 0).
public enum RunTable {
    /// Renders `document`'s cases and then one line per failed case.
    public static func render(_ document: ResultsDocument, failures: [CaseFailure] = []) -> String {
        let header = [
            "items", "case", "legacy ns/ev", "fixed ns/ev", "speedup [95% ci]", "allocs/ev L → F",
            "instr/ev L → F",
        ]
        var rows = [header]
        for result in document.cases {
            rows.append([
                result.items.isEmpty ? "-" : result.items.map(String.init).joined(separator: ","),
                result.id,
                nanoseconds(result.legacy.nsPerEvent?.median),
                nanoseconds(result.fixed.nsPerEvent?.median),
                result.speedup.map { "\(ratio($0.median)) [\(ratio($0.ciLow)), \(ratio($0.ciHigh))]" } ?? "n/a",
                "\(count(result.legacy.allocsPerEvent)) → \(count(result.fixed.allocsPerEvent))",
                result.legacy.instructionsPerEvent == nil && result.fixed.instructionsPerEvent == nil
                    ? "n/a"
                    : "\(count(result.legacy.instructionsPerEvent)) → \(count(result.fixed.instructionsPerEvent))",
            ])
        }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { row in
            row.enumerated().map { column, cell in
                column < 2 ? cell.padding(to: widths[column]) : cell.leftPadded(to: widths[column])
            }.joined(separator: "  ")
        }
        lines.insert(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "), at: 1)
        for failure in failures {
            lines.append("ERROR \(failure)")
        }
        return lines.joined(separator: "\n")
    }

    static func nanoseconds(_ value: Double?) -> String {
        guard let value else { return "n/a" }
        if value >= 10_000 { return String(Int(value.rounded())) }
        if value >= 100 { return String(format1: value) }
        return String(format2: value)
    }

    static func ratio(_ value: Double) -> String {
        value >= 100
            ? String(Int(value.rounded())) + "x" : (value >= 10 ? String(format1: value) : String(format2: value)) + "x"
    }

    static func count(_ value: Double?) -> String {
        guard let value else { return "n/a" }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return value >= 100 ? String(format1: value) : String(format2: value)
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// One decimal.
    init(format1 value: Double) {
        let twoDecimals = String(format2: (value * 10).rounded() / 10)
        self = String(twoDecimals.dropLast())
    }
}
