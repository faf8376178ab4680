/// Two results documents side by side, per case and metric, with the change and whether it is
/// significant. Differences are information, never a failure: `perfbench compare` always exits 0
/// for readable inputs.
///
/// Significance:
/// - ratios: the two confidence intervals do not overlap;
/// - time: the distribution-free intervals of the two medians (from the kept rounds) do not
///   overlap, and only between comparable hosts;
/// - allocations, bytes, instructions: deterministic over the same workload, so any difference is
///   real (`exact`); over different workloads, not comparable;
/// - CPU time and perf counters: not tested.
package struct ResultsComparison: Sendable, Equatable {
    /// One metric of one case.
    package struct Row: Sendable, Equatable {
        /// The case id.
        package var caseID: String
        /// `speedup`, or the implementation and metric, e.g. `fixed allocs/event`.
        package var metric: String
        /// The value in A (per event, or the ratio); nil when A did not measure it.
        package var a: Double?
        /// The value in B; nil when B did not measure it.
        package var b: Double?
        /// b/a − 1, when both sides exist and a is not zero.
        package var change: Double?
        /// `yes`, `no`, `exact` (deterministic metric changed), or why it was not tested.
        package var significance: String
    }

    /// A's cases in order, then cases only B has; per case the metrics either side measured.
    package var rows: [Row]
    /// Document-level remarks: hosts, engines, cases present on one side only.
    package var notes: [String]

    /// Compares `a` (before) with `b` (after).
    package init(_ a: ResultsDocument, _ b: ResultsDocument) {
        let hostsComparable = a.host.isComparable(to: b.host)
        let differences = a.host.comparabilityDifferences(to: b.host)
        var notes: [String] = []
        if !differences.isEmpty {
            notes.append("hosts not comparable (\(differences.joined(separator: ", "))): ns/event not tested")
        }
        if a.engine.used != b.engine.used {
            notes.append("engines differ: A \(a.engine.used.rawValue), B \(b.engine.used.rawValue)")
        }
        let bByID = Dictionary(b.cases.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let aIDs = Set(a.cases.map(\.id))
        let onlyA = a.cases.filter { bByID[$0.id] == nil }.map(\.id)
        let onlyB = b.cases.filter { !aIDs.contains($0.id) }.map(\.id)
        if !onlyA.isEmpty { notes.append("only in A: \(onlyA.joined(separator: ", "))") }
        if !onlyB.isEmpty { notes.append("only in B: \(onlyB.joined(separator: ", "))") }

        var rows: [Row] = []
        for caseA in a.cases {
            rows += Self.rows(caseID: caseA.id, caseA, bByID[caseA.id], hostsComparable: hostsComparable)
        }
        for caseB in b.cases where !aIDs.contains(caseB.id) {
            rows += Self.rows(caseID: caseB.id, nil, caseB, hostsComparable: hostsComparable)
        }
        self.rows = rows
        self.notes = notes
    }

    private static func rows(caseID: String, _ a: CaseResult?, _ b: CaseResult?, hostsComparable: Bool) -> [Row] {
        var rows: [Row] = []
        func add(_ metric: String, _ valueA: Double?, _ valueB: Double?, _ significance: String) {
            guard valueA != nil || valueB != nil else { return }
            var change: Double?
            if let valueA, let valueB, valueA != 0 { change = valueB / valueA - 1 }
            let shown = valueA == nil || valueB == nil ? "—" : significance
            rows.append(Row(caseID: caseID, metric: metric, a: valueA, b: valueB, change: change, significance: shown))
        }
        for metric in Metric.ratios {
            let ra = a?.ratio(metric)
            let rb = b?.ratio(metric)
            var significance = "—"
            if let ra, let rb { significance = ra.ciHigh < rb.ciLow || rb.ciHigh < ra.ciLow ? "yes" : "no" }
            add(metric.id, ra?.median, rb?.median, significance)
        }
        for side in Side.allCases {
            let sa = a?[side]
            let sb = b?[side]
            var metrics: [Metric] = []
            for metric in (sa?.measuredMetrics ?? []) + (sb?.measuredMetrics ?? []) where !metrics.contains(metric) {
                metrics.append(metric)
            }
            for metric in metrics {
                add(
                    "\(side) \(metric.label)", sa?.value(metric),
                    sb?.value(metric), significance(metric, sa, sb, hostsComparable: hostsComparable))
            }
        }
        return rows
    }

    /// Whether a metric's difference is real: exact metrics over the same workload always are;
    /// time only between comparable hosts, when the medians' intervals do not overlap; other
    /// sampled figures are not tested.
    private static func significance(_ metric: Metric, _ a: SideResult?, _ b: SideResult?, hostsComparable: Bool)
        -> String
    {
        guard let va = a?[metric], let vb = b?[metric] else { return "—" }
        switch metric.precision {
        case .exact:
            if va.events != vb.events { return "different workloads" }
            return va.value == vb.value ? "no" : "exact"
        case .sampled:
            guard metric == .time else { return "not tested" }
            guard hostsComparable else { return "hosts differ" }
            guard let roundsA = a?.rounds?[.time], let roundsB = b?.rounds?[.time], !roundsA.isEmpty, !roundsB.isEmpty
            else { return "no rounds kept" }
            let ia = MedianInterval.of(roundsA)
            let ib = MedianInterval.of(roundsB)
            return ia.high < ib.low || ib.high < ia.low ? "yes" : "no"
        }
    }

    /// The comparison as a table (text) or a Markdown table, notes first.
    package func render(format: SummaryFormat, labelA: String = "A", labelB: String = "B") -> String {
        var previousCase = ""
        let cells = rows.map { row -> [String] in
            let caseCell = row.caseID == previousCase ? "" : row.caseID
            previousCase = row.caseID
            return [
                format == .markdown && !caseCell.isEmpty ? "`\(caseCell)`" : caseCell, row.metric,
                NumberFormat.optional(row.a), NumberFormat.optional(row.b),
                row.change.map(NumberFormat.percent) ?? "—", row.significance,
            ]
        }
        let headers = ["case", "metric", labelA, labelB, "change", "significant"]
        switch format {
        case .text:
            let header = notes.map { "note: \($0)" }
            return (header + (header.isEmpty ? [] : [""]) + [TextTable(headers: headers, rows: cells).render()])
                .joined(separator: "\n") + "\n"
        case .markdown:
            let header = notes.map { "- \($0)" }
            return (header + (header.isEmpty ? [] : [""]) + [MarkdownTable(headers: headers, rows: cells).render()])
                .joined(separator: "\n") + "\n"
        }
    }
}
