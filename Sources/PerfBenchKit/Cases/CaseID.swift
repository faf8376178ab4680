/// A case's identity: `component.operation.variant.size`, e.g. `lb.select.roundRobin.n100`.
///
/// Each of the four parts is non-empty and made of ASCII letters, digits and `_` (upstream
/// benchmark groups such as `lb_strategies` keep their underscores so they read like spec §7).
public struct CaseID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let component: String
    public let operation: String
    public let variant: String
    public let size: String

    /// Parses `text`, or returns nil when it is not four well-formed dot-separated parts.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 4, parts.allSatisfy(Self.isWellFormedPart) else { return nil }
        (component, operation, variant, size) = (parts[0], parts[1], parts[2], parts[3])
    }

    /// Builds an id from its parts.
    ///
    /// - Precondition: every part is well formed (a programming error in the catalog otherwise).
    public init(_ component: String, _ operation: String, _ variant: String, _ size: String) {
        let text = [component, operation, variant, size].joined(separator: ".")
        guard let id = CaseID(text) else { preconditionFailure("malformed case id '\(text)'") }
        self = id
    }

    public var description: String { "\(component).\(operation).\(variant).\(size)" }

    public static func < (lhs: CaseID, rhs: CaseID) -> Bool { lhs.description < rhs.description }

    static func isWellFormedPart(_ part: String) -> Bool {
        !part.isEmpty
            && part.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII && (scalar == "_" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
            }
    }

    /// Whether `pattern` selects this id: `*` matches any run of characters; a pattern without
    /// `*` matches when it is contained in the id (so `--cases roundRobin` works).
    public func matches(_ pattern: String) -> Bool {
        let text = description
        guard pattern.contains("*") else { return text.contains(pattern) }
        return Self.glob(Array(pattern), Array(text))
    }

    private static func glob(_ pattern: [Character], _ text: [Character]) -> Bool {
        var p = 0
        var t = 0
        var star = -1
        var mark = 0
        while t < text.count {
            if p < pattern.count && pattern[p] != "*" && pattern[p] == text[t] {
                p += 1
                t += 1
            } else if p < pattern.count && pattern[p] == "*" {
                star = p
                mark = t
                p += 1
            } else if star >= 0 {
                p = star + 1
                mark += 1
                t = mark
            } else {
                return false
            }
        }
        while p < pattern.count && pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
