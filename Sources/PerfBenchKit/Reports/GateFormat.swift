/// The formats `perfbench check` writes its verdicts in: the two summaries for people (`text` for a
/// terminal or CI log, `markdown` for a job summary) and two for machines (`junit` for CI test
/// reports, `json` for anything else).
public enum GateFormat: String, Sendable, CaseIterable {
    case text
    case markdown
    /// JUnit XML, one test case per case (`GateJUnit`).
    case junit
    /// The verdicts as data, schema `perfbench.gate/1` (`GateJSON`).
    case json

    /// `report` in this format.
    public func render(_ report: GateReport) -> String {
        switch self {
        case .text: return GateSummary.render(report, format: .text)
        case .markdown: return GateSummary.render(report, format: .markdown)
        case .junit: return GateJUnit.render(report)
        case .json: return GateJSON.render(report)
        }
    }

    /// The summary format of the formats people read; nil for `junit` and `json`, which describe gate
    /// verdicts and nothing else.
    public var summaryFormat: SummaryFormat? {
        switch self {
        case .text: return .text
        case .markdown: return .markdown
        case .junit, .json: return nil
        }
    }
}
