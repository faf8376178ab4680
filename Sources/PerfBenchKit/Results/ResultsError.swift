/// Why a results document could not be loaded or saved.
///
/// Each case names the file; `description` is one line without a trailing period, ready for a CLI
/// error line (argument-parser adds its own `Error:` prefix).
public enum ResultsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing exists at `path`.
    case missingFile(path: String)
    /// The file exists but could not be read (a directory, no permission, an I/O error).
    case unreadable(path: String, reason: String)
    /// The bytes are not a results document: not JSON, or a field has the wrong type or is missing.
    /// `codingPath` is dotted with indices, e.g. `cases[2].speedup.ci_low`; empty for the whole file.
    case malformed(path: String, codingPath: String, reason: String)
    /// The document declares another schema than this build reads.
    case schemaMismatch(path: String, found: String, expected: String)
    /// The document holds a value JSON cannot carry (NaN, infinity) at `codingPath`.
    case unencodable(codingPath: String, reason: String)
    /// The file could not be written.
    case unwritable(path: String, reason: String)

    /// One line: the file, what failed and why (no `Error:` prefix, no trailing period).
    public var description: String {
        switch self {
        case .missingFile(let path):
            return "\(path): no such file"
        case .unreadable(let path, let reason):
            return "\(path): unreadable: \(reason)"
        case .malformed(let path, let codingPath, let reason):
            let location = codingPath.isEmpty ? "" : " at \(codingPath)"
            return "\(path): malformed results\(location): \(reason)"
        case .schemaMismatch(let path, let found, let expected):
            return "\(path): schema \(found), expected \(expected)"
        case .unencodable(let codingPath, let reason):
            return "results document cannot be encoded at \(codingPath.isEmpty ? "(root)" : codingPath): \(reason)"
        case .unwritable(let path, let reason):
            return "\(path): cannot write: \(reason)"
        }
    }
}
