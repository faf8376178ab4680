import Foundation

/// A rendered report: the main document and the files it references (SVG charts), by file name.
public struct ReportBundle: Sendable, Equatable {
    /// One file of the report.
    public struct File: Sendable, Equatable {
        /// File name without directory, e.g. `speedup-by-item.svg`.
        public var name: String
        /// The file's UTF-8 text.
        public var contents: String
    }

    /// The main document's file name (`REPORT.md` or `report.html`).
    public var primaryName: String
    /// The main document first, then its charts.
    public var files: [File]

    /// The main document's text.
    public var primary: String { files.first { $0.name == primaryName }?.contents ?? "" }

    /// Writes every file into `directory`, creating it when missing; returns the written paths.
    ///
    /// - Throws: `ReportError.unwritable` naming the first file that could not be written.
    @discardableResult
    public func write(to directory: String) throws(ReportError) -> [String] {
        let base = URL(fileURLWithPath: directory)
        do {
            try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        } catch {
            throw .unwritable(path: directory, reason: error.localizedDescription)
        }
        var written: [String] = []
        for file in files {
            let url = base.appendingPathComponent(file.name)
            do {
                try Data(file.contents.utf8).write(to: url, options: .atomic)
            } catch {
                throw .unwritable(path: url.path, reason: error.localizedDescription)
            }
            written.append(url.path)
        }
        return written
    }
}
