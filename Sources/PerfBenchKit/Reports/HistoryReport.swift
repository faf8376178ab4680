/// Renders a ``HistoryAnalysis``: `perfbench history`'s trend tables, steps and verdict, and one SVG
/// chart per case.
///
/// Per case: a table with a row per run (commit, date) and a column per figure (every fixed-side
/// metric any run measured, then the paired ratios), then every step found, the newest step of each
/// series with its judgement. A case's chart stacks the headline series (fixed time, fixed
/// instructions, speedup) and every other series with a step.
package enum HistoryReport {
    /// The report as text (terminal, CI log) or Markdown (job summary, `HISTORY.md`).
    ///
    /// - Parameter chartLinks: Markdown only: link each case's chart (`<case>.svg`) under its heading.
    package static func render(_ analysis: HistoryAnalysis, format: SummaryFormat, chartLinks: Bool = false) -> String {
        switch format {
        case .text: return text(analysis)
        case .markdown: return markdown(analysis, chartLinks: chartLinks)
        }
    }

    /// `HISTORY.md` (Markdown, each case's chart linked) and the charts, for a folder.
    package static func bundle(_ analysis: HistoryAnalysis) -> ReportBundle {
        let report = ReportBundle.File(
            name: "HISTORY.md", contents: render(analysis, format: .markdown, chartLinks: true))
        return ReportBundle(primaryName: report.name, files: [report] + charts(analysis))
    }

    /// The file name of a case's chart.
    package static func chartName(_ caseID: String) -> String { caseID + ".svg" }

    /// One chart per case, named by ``chartName(_:)``.
    package static func charts(_ analysis: HistoryAnalysis) -> [ReportBundle.File] {
        analysis.cases.map { history in
            let panels = history.series.filter { isHeadline($0.figure) || !$0.changePoints.isEmpty }.map { series in
                HistoryChart.Panel(
                    title: "\(history.id): \(series.figure.label)", unit: series.figure.metric.unit,
                    points: series.points, changePoints: series.changePoints)
            }
            return ReportBundle.File(
                name: chartName(history.id), contents: HistoryChart.svg(title: history.id, panels: panels))
        }
    }

    /// The series every chart shows: fixed time, fixed instructions (callgrind's or the PMU's), speedup.
    static func isHeadline(_ figure: HistoryFigure) -> Bool {
        switch figure {
        case .side(.fixed, let metric): return metric == .time || metric.countsInstructions
        case .ratio(let metric): return metric == .speedup
        case .side: return false
        }
    }

    // MARK: - Pieces shared by both formats

    private static func headline(_ analysis: HistoryAnalysis) -> String {
        let steps = analysis.cases.flatMap(\.series).map(\.changePoints.count).reduce(0, +)
        let regressions = analysis.cases.flatMap(\.regressions).count
        let span: String
        if let first = analysis.entries.first, let last = analysis.entries.last {
            span = "\(first.label) (\(first.date)) … \(last.label) (\(last.date))"
        } else {
            span = "no runs"
        }
        return "\(counted(analysis.entries.count, "run")), \(span), \(counted(analysis.cases.count, "case")): "
            + "\(counted(steps, "step")), \(counted(regressions, "newest-step regression"))"
    }

    /// `1 case`, `2 cases`.
    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    private static func verdict(_ analysis: HistoryAnalysis) -> String {
        analysis.hasRegression ? "REGRESSION" : "PASS"
    }

    /// A row per run: commit, date, then each series' value (— where the run has none).
    private static func trendRows(_ history: HistoryAnalysis.CaseHistory, _ analysis: HistoryAnalysis) -> [[String]] {
        history.entryIndices.map { index in
            let entry = analysis.entries[index]
            return [entry.label, entry.date]
                + history.series.map { NumberFormat.optional($0.point(atEntry: index)?.value) }
        }
    }

    private static func trendHeaders(_ history: HistoryAnalysis.CaseHistory) -> [String] {
        ["commit", "date"] + history.series.map(\.figure.label)
    }

    /// A row per step: series, commit, change, levels, p-value, and for a series' newest step its judgement.
    private static func stepRows(_ history: HistoryAnalysis.CaseHistory) -> [[String]] {
        history.series.flatMap { series in
            series.changePoints.enumerated().map { position, step in
                let newest = position == series.changePoints.count - 1
                let judgement = newest ? series.judgement.map(describe) ?? "" : "earlier step"
                return [
                    series.figure.label, step.label, change(step),
                    "\(NumberFormat.value(step.medianBefore)) → \(NumberFormat.value(step.medianAfter))",
                    NumberFormat.value(step.pValue), judgement,
                ]
            }
        }
    }

    private static let stepHeaders = [
        "series", "first commit after", "change", "median before → after", "p", "verdict",
    ]

    /// `+52 (+12.3%)`, or the absolute change alone when the level before was 0.
    static func change(_ step: ChangePoint) -> String {
        let absolute = (step.absoluteChange >= 0 ? "+" : "") + NumberFormat.value(step.absoluteChange)
        return step.relativeChange.map { "\(absolute) (\(NumberFormat.percent($0)))" } ?? absolute
    }

    private static func describe(_ judgement: StepJudgement) -> String {
        let status = judgement.status == .regression ? "REGRESSION" : judgement.status.rawValue
        return "newest: \(status) (\(judgement.detail))"
    }

    private static func items(_ items: [Int]) -> String {
        items.map { "#\($0)" }.joined(separator: " ")
    }

    private static func seriesNotes(_ history: HistoryAnalysis.CaseHistory) -> [String] {
        history.series.flatMap { series in series.notes.map { "\(series.figure.label): \($0)" } }
    }

    private static let tooShort =
        "no step can be found in fewer than 4 runs (E-divisive keeps at least 2 points on each side of a step)"

    // MARK: - Text

    private static func text(_ analysis: HistoryAnalysis) -> String {
        var lines = ["perfbench history: \(verdict(analysis)), \(headline(analysis))"]
        lines += analysis.notes.map { "note: \($0)" }
        if analysis.entries.count < 4 { lines.append("note: \(tooShort)") }
        for history in analysis.cases {
            lines += ["", "\(history.id)  \(items(history.items))"]
            lines.append(TextTable(headers: trendHeaders(history), rows: trendRows(history, analysis)).render())
            lines += seriesNotes(history).map { "note: \($0)" }
            let steps = stepRows(history)
            if steps.isEmpty {
                lines.append("steps: none found")
            } else {
                lines.append("steps:")
                lines += TextTable(headers: stepHeaders, rows: steps).render().split(separator: "\n").map { "  " + $0 }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Markdown

    private static func markdown(_ analysis: HistoryAnalysis, chartLinks: Bool) -> String {
        var lines = ["## perfbench history: \(verdict(analysis))", "", headline(analysis)]
        let remarks = analysis.notes + (analysis.entries.count < 4 ? [tooShort] : [])
        if !remarks.isEmpty {
            lines.append("")
            lines += remarks.map { "- Note: \($0)" }
        }
        for history in analysis.cases {
            lines += ["", "### `\(history.id)` \(items(history.items))", ""]
            if chartLinks { lines += ["![\(history.id)](\(chartName(history.id)))", ""] }
            lines.append(MarkdownTable(headers: trendHeaders(history), rows: trendRows(history, analysis)).render())
            let notes = seriesNotes(history)
            if !notes.isEmpty {
                lines.append("")
                lines += notes.map { "- Note: \($0)" }
            }
            let steps = stepRows(history)
            lines.append("")
            if steps.isEmpty {
                lines.append("Steps: none found.")
            } else {
                lines.append(MarkdownTable(headers: stepHeaders, rows: steps).render())
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
