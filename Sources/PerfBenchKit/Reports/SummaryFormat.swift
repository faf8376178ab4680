/// The formats `check` and `compare` print: plain text for a terminal or CI log, Markdown for a
/// CI job summary.
public enum SummaryFormat: String, Sendable, CaseIterable {
    case text
    case markdown
}
