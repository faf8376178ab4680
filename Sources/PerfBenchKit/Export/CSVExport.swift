/// RFC 4180 CSV: a header, then one record per case, side and metric, CRLF line ends.
///
/// Columns: `case,side,metric,unit,value,lower,upper,polarity,engine,host,commit`. Numbers are
/// written in their shortest round-trip form; a missing interval end or commit is an empty field.
/// A field holding a comma, a double quote, CR or LF is quoted, its quotes doubled.
package enum CSVExport {
    /// The header's column names, in order.
    package static let columns = [
        "case", "side", "metric", "unit", "value", "lower", "upper", "polarity", "engine", "host", "commit",
    ]

    /// The document as CSV.
    ///
    /// - Throws: the `ExportError` of ``ExportDocument`` validation.
    package static func render(_ document: ExportDocument) throws(ExportError) -> String {
        try document.validate()
        let records = document.rows.map { row in
            [
                row.caseID, row.side.rawValue, row.metric, row.unit.symbol, "\(row.value)",
                row.lower.map { "\($0)" } ?? "", row.upper.map { "\($0)" } ?? "", row.polarity.rawValue,
                row.engine, row.host, document.commit ?? "",
            ]
        }
        return ([columns] + records).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A field, quoted when RFC 4180 requires it.
    package static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
