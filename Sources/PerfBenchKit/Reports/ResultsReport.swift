import Foundation

/// The before/after report of one results document, grouped by audit item, with SVG charts: the
/// speedup per item (log scale) and each scaling sweep (ns/event against size, log-log).
///
/// Markdown references the charts as files written next to it (readable on a code host); HTML
/// inlines them (readable in a browser from a single file). Markdown without chart files suits a CI
/// job summary.
public enum ResultsReport {
    /// Output format of `perfbench report`.
    public enum Format: String, Sendable, CaseIterable {
        case markdown
        case html
    }

    /// Name of the speedup-per-item chart file.
    public static let speedupChartName = "speedup-by-item.svg"

    /// Renders `document`.
    ///
    /// - Parameters:
    ///   - document: the results to report, grouped by the items its cases exercise.
    ///   - format: Markdown or HTML.
    ///   - includeChartFiles: Markdown only: reference and bundle the SVG files; false gives a
    ///     self-contained Markdown document (tables only) for stdout or a job summary.
    public static func render(
        _ document: ResultsDocument, format: Format, includeChartFiles: Bool = true
    ) -> ReportBundle {
        render(document, format: format, includeChartFiles: includeChartFiles, selfTest: nil)
    }

    /// Renders `document` with the gate's self-test on the same host as its own section.
    package static func render(
        _ document: ResultsDocument, format: Format, includeChartFiles: Bool = true, selfTest: SelfTestResult?
    ) -> ReportBundle {
        let model = ReportModel(document)
        switch format {
        case .markdown: return markdown(model, includeChartFiles: includeChartFiles, selfTest: selfTest)
        case .html: return html(model, selfTest: selfTest)
        }
    }

    static let selfTestTitle = "What the gate can see (its self-test on this host)"
    static let selfTestExplanation =
        "False alarms: gate runs of unchanged code that failed. MDE: the smallest regression injected into "
        + "every fixed side that the gate caught (with every larger one): a busy-wait of a fraction of the "
        + "case's baseline time per event (almost no instructions), or a few instructions per event (counted "
        + "by callgrind), and one extra allocation per event. A green gate is worth what this table says."

    // MARK: - Markdown

    private static func markdown(_ model: ReportModel, includeChartFiles: Bool, selfTest: SelfTestResult?)
        -> ReportBundle
    {
        var lines = ["# perfbench report", ""]
        lines += model.runFacts.map { "- **\($0.label):** \($0.value)" }
        lines += ["", "## Speedup per audit item", ""]
        if includeChartFiles {
            lines += ["![Speedup per audit item, legacy/fixed, log scale](\(speedupChartName))", ""]
        }
        lines.append(ReportModel.speedupExplanation)
        lines.append("")
        if model.hasLimit {
            lines += [ReportModel.limitExplanation, ""]
        }
        lines.append(
            MarkdownTable(
                headers: ReportModel.itemSummaryHeaders,
                rows: model.itemSummaryRows
            ).render())
        lines += ["", "## Before and after, per audit item"]
        for group in model.itemGroups {
            lines += ["", "### #\(group.item)", ""]
            lines.append(
                MarkdownTable(
                    headers: model.caseHeaders,
                    rows: group.cases.map { model.caseRow($0, item: group.item, code: true) }
                ).render())
        }
        if !model.sweeps.isEmpty {
            lines += ["", "## Scaling sweeps"]
            for sweep in model.sweeps {
                lines += ["", "### `\(sweep.name)` by \(sweep.parameter)", ""]
                if includeChartFiles {
                    lines += [
                        "![\(sweep.name): \(model.sweepMetric(sweep).unit) against \(sweep.parameter), log-log]"
                            + "(\(model.chartName(sweep)))", "",
                    ]
                }
                lines.append(MarkdownTable(headers: model.sweepHeaders(sweep), rows: model.sweepRows(sweep)).render())
            }
        }
        if let selfTest {
            lines += ["", "## \(selfTestTitle)", "", selfTestExplanation, ""]
            lines.append(SelfTestSummary.render(selfTest, format: .markdown))
        }
        let primary = ReportBundle.File(name: "REPORT.md", contents: lines.joined(separator: "\n") + "\n")
        let charts = includeChartFiles ? model.charts.map { ReportBundle.File(name: $0.name, contents: $0.svg) } : []
        return ReportBundle(primaryName: primary.name, files: [primary] + charts)
    }

    // MARK: - HTML

    private static func html(_ model: ReportModel, selfTest: SelfTestResult?) -> ReportBundle {
        func table(_ headers: [String], _ rows: [[String]]) -> String {
            let head = "<tr>" + headers.map { "<th>\(SVGChart.escaped($0))</th>" }.joined() + "</tr>"
            let body = rows.map { "<tr>" + $0.map { "<td>\(SVGChart.escaped($0))</td>" }.joined() + "</tr>" }
            return (["<table>", head] + body + ["</table>"]).joined(separator: "\n")
        }
        var parts = [
            "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
            "<title>perfbench report</title>",
            "<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em}"
                + "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:3px 8px;"
                + "text-align:left}th{background:#f4f4f4}code{font-size:95%}</style>",
            "</head>", "<body>", "<h1>perfbench report</h1>", "<ul>",
        ]
        parts += model.runFacts.map { "<li><b>\(SVGChart.escaped($0.label)):</b> \(SVGChart.escaped($0.value))</li>" }
        parts += [
            "</ul>", "<h2>Speedup per audit item</h2>", model.speedupChart,
            "<p>\(SVGChart.escaped(ReportModel.speedupExplanation))</p>",
            table(ReportModel.itemSummaryHeaders, model.itemSummaryRows),
            "<h2>Before and after, per audit item</h2>",
        ]
        if model.hasLimit {
            parts.insert("<p>\(SVGChart.escaped(ReportModel.limitExplanation))</p>", at: parts.count - 2)
        }
        for group in model.itemGroups {
            parts.append("<h3>#\(group.item)</h3>")
            parts.append(
                table(model.caseHeaders, group.cases.map { model.caseRow($0, item: group.item, code: false) }))
        }
        if !model.sweeps.isEmpty {
            parts.append("<h2>Scaling sweeps</h2>")
            for sweep in model.sweeps {
                parts.append(
                    "<h3><code>\(SVGChart.escaped(sweep.name))</code> by \(SVGChart.escaped(sweep.parameter))</h3>")
                parts.append(model.sweepChart(sweep))
                parts.append(table(model.sweepHeaders(sweep), model.sweepRows(sweep)))
            }
        }
        if let selfTest {
            parts += [
                "<h2>\(SVGChart.escaped(selfTestTitle))</h2>", "<p>\(SVGChart.escaped(selfTestExplanation))</p>",
                "<pre>\(SVGChart.escaped(SelfTestSummary.render(selfTest, format: .text)))</pre>",
            ]
        }
        parts += ["</body>", "</html>"]
        let primary = ReportBundle.File(name: "report.html", contents: parts.joined(separator: "\n") + "\n")
        return ReportBundle(primaryName: primary.name, files: [primary])
    }
}
