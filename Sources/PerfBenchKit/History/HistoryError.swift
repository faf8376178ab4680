/// Why a history folder cannot be read or added to.
package enum HistoryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing exists at `path`, or it is not a directory.
    case notADirectory(path: String)
    /// The directory holds no results file (`*.json`).
    case noResults(directory: String)
    /// The directory could not be listed, or a file in it could not be written or removed.
    case unwritable(path: String, reason: String)

    /// One line naming the folder or file and what is wrong.
    package var description: String {
        switch self {
        case .notADirectory(let path): return "\(path): no such directory"
        case .noResults(let directory): return "\(directory): no results files (*.json) in it"
        case .unwritable(let path, let reason): return "\(path): cannot write history: \(reason)"
        }
    }
}
