import Foundation

/// The JSON that github-action-benchmark reads with `tool: customSmallerIsBetter` or
/// `tool: customBiggerIsBetter`: an array of `{name, unit, value, range?, extra?}` where `value` is
/// a number and the others are strings (the action's `BenchmarkResult`).
///
/// The action takes one polarity per file, so the rows split by polarity: time, allocations, bytes,
/// instructions and the fixed/limit ratio go to the smaller-is-better file, the speedup to the
/// bigger-is-better one. The name joins case, side and metric, which makes one chart per figure;
/// `range` shows the interval, `extra` the engine, host and commit.
package enum GitHubActionBenchmark {
    /// Which of the action's two custom tools the file is for.
    package enum Tool: String, Sendable, CaseIterable {
        /// The file for lower-is-better rows: time, allocations, bytes, instructions.
        case customSmallerIsBetter
        /// The file for higher-is-better rows: the speedup.
        case customBiggerIsBetter

        var polarity: ExportRow.Polarity {
            self == .customSmallerIsBetter ? .lowerIsBetter : .higherIsBetter
        }
    }

    /// One entry, under the action's field names.
    struct Entry: Encodable, Equatable {
        var name: String
        var unit: String
        var value: Double
        var range: String?
        var extra: String?
    }

    /// The rows of `tool`'s polarity as the action's JSON array (pretty-printed, newline-terminated).
    ///
    /// - Throws: the `ExportError` of ``ExportDocument`` validation.
    package static func render(_ document: ExportDocument, tool: Tool) throws(ExportError) -> String {
        try document.validate()
        let entries = document.rows.filter { $0.polarity == tool.polarity }.map { row in
            Entry(
                name: "\(row.caseID) \(row.side.rawValue) \(row.metric)", unit: row.unit.symbol, value: row.value,
                range: range(row), extra: extra(row, commit: document.commit))
        }
        return ExportJSON.encode(entries)
    }

    private static func range(_ row: ExportRow) -> String? {
        guard row.lower != nil || row.upper != nil else { return nil }
        return "[\(row.lower.map { "\($0)" } ?? ""), \(row.upper.map { "\($0)" } ?? "")]"
    }

    private static func extra(_ row: ExportRow, commit: String?) -> String {
        (["engine: \(row.engine)", "host: \(row.host)"] + (commit.map { ["commit: \($0)"] } ?? []))
            .joined(separator: "\n")
    }
}
