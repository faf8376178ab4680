/// The self-test as people read it: per case, false alarms of unchanged code and the smallest
/// injected regression detected (MDE), in time and in instructions, and whether one extra
/// allocation per event is caught.
package enum SelfTestSummary {
    package static func render(_ result: SelfTestResult, format: SummaryFormat) -> String {
        let headers = [
            "Case", "False alarms (A/A)", "Inconclusive (A/A)", "Time MDE", "Instruction MDE", "+1 alloc/event",
        ]
        let rows = result.cases.map { entry -> [String] in
            [
                format == .markdown ? "`\(entry.id)`" : entry.id,
                "\(entry.falseAlarms) of \(result.aaRuns)"
                    + (entry.falseAlarmRules.isEmpty ? "" : " (\(entry.falseAlarmRules.joined(separator: ", ")))"),
                "\(entry.inconclusive) of \(result.aaRuns)",
                timeMDE(entry, steps: result.timeSteps),
                instructionMDE(entry),
                entry.allocationDetected.map { $0 ? "caught" : "MISSED" } ?? "not counted",
            ]
        }
        let lines = headline(result)
        let notes = result.cases.compactMap { entry in
            entry.timeNotJudged.flatMap { $0.count > shortReason ? "\(entry.id): time not judged: \($0)" : nil }
        }
        switch format {
        case .text:
            return (lines + ["", TextTable(headers: headers, rows: rows).render()] + notes).joined(separator: "\n")
                + "\n"
        case .markdown:
            return
                (lines.map { "- \($0)" } + ["", MarkdownTable(headers: headers, rows: rows).render(), ""]
                + notes.map { "- \($0)" }).joined(separator: "\n") + "\n"
        }
    }

    /// Longer reasons for not judging time go below the table, so the column stays readable.
    static let shortReason = 40

    /// The facts above the table: the host, the runs, false alarms overall and the aims.
    static func headline(_ result: SelfTestResult) -> [String] {
        let alarms = result.cases.reduce(0) { $0 + $1.falseAlarms }
        let inconclusive = result.cases.reduce(0) { $0 + $1.inconclusive }
        var lines = [
            "host: \(result.host.identity.map(String.init(describing:)) ?? "identity not recorded")"
                + (result.sameHostAsBaseline ? " (the baseline's)" : " (not the baseline's: times not judged)"),
            "A/A: \(result.aaRuns) gate runs of unchanged code × \(result.cases.count) cases: \(alarms) false alarms, "
                + "\(inconclusive) inconclusive",
        ]
        if !result.timeSteps.isEmpty {
            let steps = result.timeSteps.map { NumberFormat.percent($0) }.joined(separator: ", ")
            lines.append("time steps injected on every fixed side: \(steps) of its baseline time per event")
        }
        if !result.workSteps.isEmpty {
            lines.append(
                "instruction steps: \(result.workSteps.map(String.init).joined(separator: ", ")) multiply-adds per "
                    + "event (the instructions each added are measured by callgrind)")
        }
        return lines
    }

    static func timeMDE(_ entry: SelfTestCase, steps: [Double]) -> String {
        if let reason = entry.timeNotJudged {
            return reason.count > shortReason ? "not judged (see below)" : "not judged (\(reason))"
        }
        guard !steps.isEmpty else { return "not measured" }
        return entry.timeMDE(steps: steps).map { "≤ " + NumberFormat.percent($0).dropFirst() } ?? "> "
            + NumberFormat.percent(steps.max() ?? 0).dropFirst()
    }

    static func instructionMDE(_ entry: SelfTestCase) -> String {
        guard !entry.instructionsInjected.isEmpty else { return "not counted" }
        if let smallest = entry.instructionMDE { return "≤ +\(NumberFormat.value(smallest))/event" }
        let largest = entry.instructionsInjected.max() ?? 0
        return "> \(largest < 0 ? "" : "+")\(NumberFormat.value(largest))/event"
    }
}
