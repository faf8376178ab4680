/// Rows an export format cannot write faithfully.
package enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A value or interval end is NaN or infinite.
    case nonFiniteValue(caseID: String, metric: String, field: String, value: Double)
    /// The interval's lower end is above its upper end.
    case invertedInterval(caseID: String, metric: String, lower: Double, upper: Double)
    /// Two rows share a case, side and metric.
    case duplicateRow(caseID: String, side: String, metric: String)
    /// Two different metrics would be exposed under one OpenMetrics family name.
    case metricNameCollision(family: String, first: String, second: String)
    /// A results file's metric is in a unit no export format knows how to write.
    case unknownUnit(caseID: String, metric: String, unit: String)

    /// One line naming the row and what is wrong with it.
    package var description: String {
        switch self {
        case .nonFiniteValue(let caseID, let metric, let field, let value):
            return "\(caseID) \(metric): \(field) \(value) is not a finite number"
        case .invertedInterval(let caseID, let metric, let lower, let upper):
            return "\(caseID) \(metric): interval lower end \(lower) is above its upper end \(upper)"
        case .duplicateRow(let caseID, let side, let metric):
            return "\(caseID) \(side) \(metric): more than one row for this case, side and metric"
        case .metricNameCollision(let family, let first, let second):
            return "metrics '\(first)' and '\(second)' would both be exposed as OpenMetrics family \(family)"
        case .unknownUnit(let caseID, let metric, let unit):
            return "\(caseID) \(metric): unit '\(unit)' is not one the export formats know"
        }
    }
}
