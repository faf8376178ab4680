/// Renders a `GateReport` as the one-screen explanation `perfbench check` prints.
///
/// One line per passing case; for every other case, the checks that decided it, with the figures
/// and the limit, so a CI log says which rule failed and by how much without opening any file.
public enum GateSummary {
    /// The report as text (terminal, CI log) or Markdown (job summary).
    public static func render(_ report: GateReport, format: SummaryFormat) -> String {
        switch format {
        case .text: return text(report)
        case .markdown: return markdown(report)
        }
    }

    private static func headline(_ report: GateReport) -> String {
        let counts = VerdictStatus.allCases.reversed().compactMap { status -> String? in
            guard status != .notApplicable else { return nil }
            let count = report.count(status)
            return count == 0 ? nil : "\(count) \(status.rawValue)"
        }
        let noun = report.verdicts.count == 1 ? "case" : "cases"
        return counts.isEmpty ? "0 cases" : "\(report.verdicts.count) \(noun): \(counts.joined(separator: ", "))"
    }

    private static func outcomeLabel(_ outcome: GateOutcome) -> String {
        switch outcome {
        case .pass: return "PASS"
        case .regression: return "REGRESSION"
        case .baselineMoved: return "BASELINE MOVED"
        case .inconclusive: return "INCONCLUSIVE"
        }
    }

    private static func items(_ items: [Int]) -> String {
        items.map { "#\($0)" }.joined(separator: " ")
    }

    /// The checks worth printing for a case: the deciding ones, or for a pass the fix-holds speedup.
    private static func shownChecks(_ verdict: GateVerdict) -> [RuleCheck] {
        switch verdict.status {
        case .pass:
            return verdict.checks.filter { $0.rule == .speedupFloor }
        default:
            return verdict.decidingChecks
        }
    }

    private static func text(_ report: GateReport) -> String {
        var lines = [
            "perfbench check: \(outcomeLabel(report.outcome)) (candidate \(report.candidate.rawValue)), "
                + headline(report)
        ]
        if !report.regressedItems.isEmpty {
            lines.append("regressed audit items: \(items(report.regressedItems))")
        }
        lines += report.environmentIssues.map { "environment: \($0)" }
        lines += report.notes.map { "note: \($0)" }
        lines.append("")
        let idWidth = report.verdicts.map(\.caseID.count).max() ?? 0
        let ruleWidth = report.verdicts.flatMap { shownChecks($0) }.map(\.rule.description.count).max() ?? 0
        for verdict in report.verdicts {
            let status = verdict.status.rawValue.uppercased()
            let id = verdict.caseID + String(repeating: " ", count: idWidth - verdict.caseID.count)
            let shown = shownChecks(verdict)
            if verdict.status == .pass, let only = shown.first {
                lines.append("\(pad(status, 13))\(id)  \(pad(items(verdict.items), 10))\(only.detail)")
            } else {
                lines.append("\(pad(status, 13))\(id)  \(items(verdict.items))")
                for check in shown {
                    lines.append("    \(pad(check.rule.description, ruleWidth + 2))\(check.detail)")
                }
            }
            if verdict.status != .pass {
                lines += verdict.notes.map { "    note: \($0)" }
            }
            if verdict.status == .regressed { lines.append("    profile: \(ProfileCommandHint.command(verdict))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func markdown(_ report: GateReport) -> String {
        var lines = [
            "### perfbench gate: \(outcomeLabel(report.outcome)) (candidate `\(report.candidate.rawValue)`)",
            "",
            headline(report),
        ]
        if !report.regressedItems.isEmpty {
            lines += ["", "Regressed audit items: \(report.regressedItems.map { "#\($0)" }.joined(separator: ", "))"]
        }
        let remarks = report.environmentIssues.map { "**Environment:** \($0)" } + report.notes.map { "Note: \($0)" }
        if !remarks.isEmpty {
            lines.append("")
            lines += remarks.map { "- \($0)" }
        }
        let rows = report.verdicts.map { verdict -> [String] in
            let why =
                shownChecks(verdict).map { "`\($0.rule.description)` \($0.detail)" }
                + (verdict.status == .pass ? [] : verdict.notes.map { "note: \($0)" })
                + (verdict.status == .regressed ? ["profile: `\(ProfileCommandHint.command(verdict))`"] : [])
            return [
                verdict.status == .pass ? "pass" : "**\(verdict.status.rawValue)**", "`\(verdict.caseID)`",
                items(verdict.items), why.joined(separator: "<br>"),
            ]
        }
        lines += ["", MarkdownTable(headers: ["Verdict", "Case", "Items", "Why"], rows: rows).render()]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
