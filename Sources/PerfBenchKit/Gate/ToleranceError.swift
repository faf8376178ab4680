/// A `--tolerance` argument that could not be understood.
package enum ToleranceError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not of the form `KEY=VALUE` or `PATTERN:KEY=VALUE`.
    case malformed(String)
    /// The key is not one of `ToleranceSetting.Key`.
    case unknownKey(String)
    /// Not a finite non-negative number, or `%` on an absolute key.
    case invalidValue(key: String, value: String)

    /// One line naming the argument and what is wrong with it.
    package var description: String {
        switch self {
        case .malformed(let text):
            return "tolerance '\(text)': expected KEY=VALUE or CASE-PATTERN:KEY=VALUE"
        case .unknownKey(let key):
            let known = ToleranceSetting.Key.all.map(\.description).joined(separator: ", ")
            return "tolerance key '\(key)' unknown, expected one of \(known)"
        case .invalidValue(let key, let value):
            return "tolerance \(key)=\(value): not a valid value for this key"
        }
    }
}
