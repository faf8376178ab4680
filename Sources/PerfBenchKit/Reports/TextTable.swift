/// Left-aligned columns separated by two spaces, for terminal output.
package struct TextTable {
    /// The first line's cells; their count sets the column count.
    package var headers: [String]
    /// One array of cells per line, as many as `headers`.
    package var rows: [[String]]

    /// A table of `rows` under `headers`.
    package init(headers: [String], rows: [[String]]) {
        self.headers = headers
        self.rows = rows
    }

    /// The table, one line per row, header first, no trailing spaces.
    package func render() -> String {
        let all = [headers] + rows
        let widths = headers.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.indices.map { column in
                column == row.count - 1
                    ? row[column] : row[column] + String(repeating: " ", count: widths[column] - row[column].count)
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n")
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
