/// Which figure of a case a history series follows: one side's metric (`fixed time`, `fixed
/// instructions` ...) or a paired ratio (`speedup`, `fixed_over_limit`).
package enum HistoryFigure: Hashable, Sendable, CustomStringConvertible {
    case side(Side, Metric)
    case ratio(Metric)

    /// The metric, for its unit, polarity and precision.
    package var metric: Metric {
        switch self {
        case .side(_, let metric), .ratio(let metric): return metric
        }
    }

    /// Column label: `fixed ns/ev`, `fixed instr/ev`, `speedup`.
    package var label: String {
        switch self {
        case .side(let side, let metric): return "\(side) \(metric.label)"
        case .ratio(let metric): return metric.label
        }
    }

    /// `fixed time`, `fixed instructions`, `speedup`: the side and the metric's id.
    package var description: String {
        switch self {
        case .side(let side, let metric): return "\(side) \(metric.id)"
        case .ratio(let metric): return metric.id
        }
    }

    /// Whether it counts over a pinned workload, so points are comparable only over equal events.
    var isExact: Bool { metric.precision == .exact }

    /// The figures a history follows for a case, in table order: every metric any run measured on
    /// the fixed side (`SideResult.measuredMetrics` order), then every paired ratio (`Metric.ratios`).
    package static func figures(in results: [CaseResult]) -> [HistoryFigure] {
        var ids = Set<String>()
        for result in results { ids.formUnion(result.fixed.metrics.keys) }
        // The order of `SideResult.measuredMetrics`: known metrics in table order, then counters by name.
        let known = Metric.perSide.filter { ids.contains($0.id) }
        let counters = ids.filter { $0.hasPrefix(Metric.counterPrefix) }.sorted().compactMap(Metric.init(id:))
        let sideMetrics = known + counters
        let ratios = Metric.ratios.filter { metric in results.contains { $0.ratio(metric) != nil } }
        return sideMetrics.map { .side(.fixed, $0) } + ratios.map { .ratio($0) }
    }

    /// This figure in `result` as a history point labelled `label`, with its interval (the median's
    /// interval for a sampled metric, the bootstrap interval for a ratio); nil when not measured.
    package func point(in result: CaseResult, label: String) -> HistoryPoint? {
        switch self {
        case .side(let side, let metric):
            guard let figures = result[side], let value = figures.value(metric) else { return nil }
            let interval = figures.medianInterval(metric)
            return HistoryPoint(label: label, value: value, lower: interval?.low, upper: interval?.high)
        case .ratio(let metric):
            guard let ratio = result.ratio(metric) else { return nil }
            return HistoryPoint(label: label, value: ratio.median, lower: ratio.ciLow, upper: ratio.ciHigh)
        }
    }

    /// The events an exact figure counted in `result`; nil when unknown (a migrated `/1` file) or not exact.
    func events(in result: CaseResult) -> Int? {
        guard case .side(let side, let metric) = self, isExact else { return nil }
        return result[side]?[metric]?.events
    }
}
