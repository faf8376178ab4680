/// Why a report could not be written.
public enum ReportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A directory or file could not be created.
    case unwritable(path: String, reason: String)

    /// One line naming the path and the reason.
    public var description: String {
        switch self {
        case .unwritable(let path, let reason): return "\(path): cannot write report: \(reason)"
        }
    }
}
