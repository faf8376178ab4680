import Foundation

/// Bencher Metric Format (BMF) JSON, what `bencher run --adapter json` reads.
///
/// The published shape (bencher.dev, "Bencher Metric Format"): an object keyed by benchmark name,
/// each an object keyed by measure (name or slug), each an object with a number `value` and
/// optional numbers `lower_value` and `upper_value`. Here a benchmark is one case and side
/// (`lb.select.roundRobin.n100/fixed`), and its measures are the metrics by id, except that `time`
/// becomes `latency`, Bencher's built-in measure in nanoseconds, with the bootstrap interval as its
/// bounds. So: `latency`, `allocations`, `bytes`, `instructions`, counters, and the ratios
/// (`speedup`, `fixed_over_limit`) on the `pair` side.
package enum BencherMetricFormat {
    /// One measure's figures, under BMF's key names.
    struct Metric: Encodable, Equatable {
        var value: Double
        var lowerValue: Double?
        var upperValue: Double?

        enum CodingKeys: String, CodingKey {
            case value
            case lowerValue = "lower_value"
            case upperValue = "upper_value"
        }
    }

    /// The benchmark a row belongs to.
    package static func benchmarkName(_ row: ExportRow) -> String {
        "\(row.caseID)/\(row.side.rawValue)"
    }

    /// The measure a row's figure goes to: its metric id, `time` renamed to Bencher's `latency`.
    package static func measure(_ row: ExportRow) -> String {
        row.metric == "time" ? "latency" : row.metric
    }

    /// The document as BMF JSON (keys sorted, pretty-printed, newline-terminated).
    ///
    /// - Throws: the `ExportError` of ``ExportDocument`` validation.
    package static func render(_ document: ExportDocument) throws(ExportError) -> String {
        try document.validate()
        var benchmarks: [String: [String: Metric]] = [:]
        for row in document.rows {
            benchmarks[benchmarkName(row), default: [:]][measure(row)] = Metric(
                value: row.value, lowerValue: row.lower, upperValue: row.upper)
        }
        return ExportJSON.encode(benchmarks)
    }
}
