/// The readable table `perfbench run` prints after its progress lines.
///
/// Columns come from the metrics the document holds: time per side (medians), each paired ratio
/// with its interval, then every exact metric as legacy → fixed (→ limit). Missing figures print
/// as `n/a` (never as 0).
package enum RunTable {
    /// Renders `document`'s cases and then one line per failed case.
    package static func render(_ document: ResultsDocument, failures: [CaseFailure] = []) -> String {
        let sides = Side.allCases.filter { side in document.cases.contains { $0[side] != nil } }
        let ratios = Metric.ratios.filter { metric in document.cases.contains { $0.ratio(metric) != nil } }
        let exact = Metric.perSide.filter { metric in
            metric.precision == .exact
                && document.cases.contains { result in
                    result.sides.contains { result[$0]?.value(metric) != nil }
                }
        }
        let sideInitials = sides.map(shortName).joined(separator: " → ")
        let header =
            ["items", "case"] + sides.map { "\($0) \(Metric.time.label)" }
            + ratios.map { "\($0.label) [95% ci]" } + exact.map { "\($0.label) \(sideInitials)" }
        var rows = [header]
        for result in document.cases {
            var row = [
                result.items.isEmpty ? "-" : result.items.map(String.init).joined(separator: ","), result.id,
            ]
            row += sides.map { nanoseconds(result[$0]?.value(.time)) }
            row += ratios.map { metric in
                result.ratio(metric).map { "\(ratio($0.median)) [\(ratio($0.ciLow)), \(ratio($0.ciHigh))]" } ?? "n/a"
            }
            row += exact.map { metric in
                sides.map { count(result[$0]?.value(metric)) }.joined(separator: " → ")
            }
            rows.append(row)
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

    /// A side in an exact column's header: `L → F`, or `L → F → lim` with a limit kernel (legacy and
    /// limit share an initial).
    static func shortName(_ side: Side) -> String {
        switch side {
        case .legacy: "L"
        case .fixed: "F"
        case .limit: "lim"
        }
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
