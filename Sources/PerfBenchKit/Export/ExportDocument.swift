/// Everything an export writes: the rows, and the run-level facts some formats carry.
package struct ExportDocument: Sendable, Equatable {
    /// One row per case, side and metric, in the order the formats should list them.
    package var rows: [ExportRow]
    /// The commit the run measured, when known (CSV column, OpenMetrics info metric, benchmark extras).
    package var commit: String?
    /// When the run was made, ISO 8601 UTC, when known.
    package var createdAt: String?

    /// A document to export.
    package init(rows: [ExportRow], commit: String? = nil, createdAt: String? = nil) {
        self.rows = rows
        self.commit = commit
        self.createdAt = createdAt
    }

    /// Rejects what no format can write faithfully: a non-finite figure, an interval whose lower end
    /// is above its upper end, or two rows for one case, side and metric (keyed formats would keep
    /// only the last).
    ///
    /// - Throws: `ExportError.nonFiniteValue`, `.invertedInterval` or `.duplicateRow`, for the first
    ///   offending row.
    func validate() throws(ExportError) {
        var seen = Set<String>()
        for row in rows {
            for (field, number) in [("value", row.value), ("lower", row.lower), ("upper", row.upper)] {
                if let number, !number.isFinite {
                    throw .nonFiniteValue(caseID: row.caseID, metric: row.metric, field: field, value: number)
                }
            }
            if let lower = row.lower, let upper = row.upper, lower > upper {
                throw .invertedInterval(caseID: row.caseID, metric: row.metric, lower: lower, upper: upper)
            }
            let key = "\(row.caseID)\u{0}\(row.side.rawValue)\u{0}\(row.metric)"
            guard seen.insert(key).inserted else {
                throw .duplicateRow(caseID: row.caseID, side: row.side.rawValue, metric: row.metric)
            }
        }
    }
}
