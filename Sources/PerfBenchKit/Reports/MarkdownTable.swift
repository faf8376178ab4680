/// A GitHub-flavoured Markdown table.
struct MarkdownTable {
    var headers: [String]
    var rows: [[String]]

    /// The table; pipes inside cells are escaped so a cell never splits.
    func render() -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
        }
        return ([line(headers), line(headers.map { _ in "---" })] + rows.map(line)).joined(separator: "\n")
    }
}
