import Foundation

/// One results file of a history: a run of one commit.
package struct HistoryEntry: Sendable {
    /// What names the run on an axis and in a change point: the commit's first 7 hex digits, else the
    /// file name without `.json`.
    package var label: String
    /// The run's `created_at`, ISO 8601 UTC.
    package var createdAt: String
    package var path: String
    package var document: ResultsDocument

    package init(label: String, createdAt: String, path: String, document: ResultsDocument) {
        self.label = label
        self.createdAt = createdAt
        self.path = path
        self.document = document
    }

    /// `yyyy-mm-dd` of `createdAt`.
    package var date: String { String(createdAt.prefix(10)) }
}

/// A folder of results files, one per commit (`results/history/`), read oldest first.
///
/// Files are named `<yyyy-mm-dd>-<short commit>.json` by ``add(_:to:)``, which stores the run
/// slimmed (`ResultsDocument.slimmed()`) and replaces an earlier file of the same commit, so the
/// folder keeps one small file per commit. Reading orders the runs by `created_at`, not by file
/// name, so files copied in from elsewhere take their place too.
package enum HistoryFolder {
    /// Characters of a commit hash a label keeps, as `git log --oneline` shows them.
    package static let shortCommitLength = 7

    /// Every `*.json` directly in `directory` (subdirectories such as charts are not read), loaded
    /// and migrated (`perfbench.results/1` files too), oldest `created_at` first; ties keep file-name
    /// order.
    ///
    /// - Throws: `HistoryError.notADirectory` or `.noResults`, or the `ResultsError` of the first
    ///   file that cannot be loaded (a history with a broken file is refused, not silently shortened).
    package static func load(_ directory: String) throws -> [HistoryEntry] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue
        else { throw HistoryError.notADirectory(path: directory) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw HistoryError.unwritable(path: directory, reason: error.localizedDescription)
        }
        let files = names.filter { $0.hasSuffix(".json") }.sorted()
        guard !files.isEmpty else { throw HistoryError.noResults(directory: directory) }
        var entries: [HistoryEntry] = []
        for name in files {
            let path = (directory as NSString).appendingPathComponent(name)
            var isSubdirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isSubdirectory), isSubdirectory.boolValue {
                continue
            }
            let document = try ResultsStore.load(from: path)
            let label = document.host.gitCommit.map { String($0.prefix(shortCommitLength)) }
                ?? String(name.dropLast(".json".count))
            entries.append(HistoryEntry(label: label, createdAt: document.createdAt, path: path, document: document))
        }
        return ordered(entries)
    }

    /// `entries` oldest first: by the instant `created_at` names (a string order where one does not
    /// parse), the input order breaking ties.
    package static func ordered(_ entries: [HistoryEntry]) -> [HistoryEntry] {
        let instants = entries.map { instant($0.createdAt) }
        return entries.indices.sorted { a, b in
            switch (instants[a], instants[b]) {
            case (let x?, let y?) where x != y: return x < y
            case (nil, nil) where entries[a].createdAt != entries[b].createdAt:
                return entries[a].createdAt < entries[b].createdAt
            case (nil, _?): return true
            case (_?, nil): return false
            default: return a < b
            }
        }.map { entries[$0] }
    }

    private static func instant(_ text: String) -> Date? {
        let plain = ISO8601DateFormatter()
        if let date = plain.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions.insert(.withFractionalSeconds)
        return fractional.date(from: text)
    }

    /// `2026-12-01-0fbcf64.json`: the run's date and short commit; `2026-12-01-221359.json` (its
    /// time of day) for a run outside a git work tree.
    package static func fileName(for document: ResultsDocument) -> String {
        let date = String(document.createdAt.prefix(10))
        if let commit = document.host.gitCommit {
            return "\(date)-\(commit.prefix(shortCommitLength)).json"
        }
        let time = document.createdAt.dropFirst(11).prefix(8).filter(\.isNumber)
        return "\(date)-\(time.isEmpty ? "run" : String(time)).json"
    }

    /// Writes `document`, slimmed, into `directory` (created when missing) under
    /// ``fileName(for:)``, first removing other files of the same commit (`*-<short commit>.json`):
    /// measuring a commit again replaces its point.
    ///
    /// - Returns: the path written.
    /// - Throws: `HistoryError.unwritable`, or `ResultsError.unencodable`/`.unwritable`.
    @discardableResult
    package static func add(_ document: ResultsDocument, to directory: String) throws -> String {
        let name = fileName(for: document)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            if let commit = document.host.gitCommit {
                let suffix = "-\(commit.prefix(shortCommitLength)).json"
                for other in try FileManager.default.contentsOfDirectory(atPath: directory)
                where other.hasSuffix(suffix) && other != name {
                    try FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent(other))
                }
            }
        } catch {
            throw HistoryError.unwritable(path: directory, reason: error.localizedDescription)
        }
        let path = (directory as NSString).appendingPathComponent(name)
        try ResultsStore.save(document.slimmed(), to: path)
        return path
    }
}
