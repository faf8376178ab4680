/// The formats `perfbench export` writes, by the name the command line uses.
package enum ExportFormat: String, Sendable, CaseIterable {
    /// Bencher Metric Format JSON.
    case bmf
    /// github-action-benchmark JSON, `tool: customSmallerIsBetter` (time, allocations, bytes, instructions).
    case githubSmallerIsBetter = "github-smaller"
    /// github-action-benchmark JSON, `tool: customBiggerIsBetter` (speedup).
    case githubBiggerIsBetter = "github-bigger"
    /// OpenMetrics text exposition.
    case openMetrics = "openmetrics"
    /// RFC 4180 CSV.
    case csv

    /// The file name extension that suits the format.
    package var fileExtension: String {
        switch self {
        case .bmf, .githubSmallerIsBetter, .githubBiggerIsBetter: return "json"
        case .openMetrics: return "txt"
        case .csv: return "csv"
        }
    }

    /// `document` in this format.
    ///
    /// - Throws: `ExportError` when a row cannot be written faithfully (see ``ExportDocument``).
    package func render(_ document: ExportDocument) throws(ExportError) -> String {
        switch self {
        case .bmf: return try BencherMetricFormat.render(document)
        case .githubSmallerIsBetter: return try GitHubActionBenchmark.render(document, tool: .customSmallerIsBetter)
        case .githubBiggerIsBetter: return try GitHubActionBenchmark.render(document, tool: .customBiggerIsBetter)
        case .openMetrics: return try OpenMetricsExposition.render(document)
        case .csv: return try CSVExport.render(document)
        }
    }
}
