/// One tunable of a case (`endpoints`, `payloadBytes`, ...), overridable with `--set name=value`.
public struct CaseParameter: Sendable, Equatable {
    public let name: String
    /// The value the case runs with unless overridden.
    public let defaultValue: Int
    /// Values the case can honestly run with.
    public let range: ClosedRange<Int>
    /// What the number means, with its unit.
    public let summary: String

    public init(_ name: String, _ defaultValue: Int, range: ClosedRange<Int>, _ summary: String) {
        precondition(range.contains(defaultValue), "default \(defaultValue) of '\(name)' outside \(range)")
        self.name = name
        self.defaultValue = defaultValue
        self.range = range
        self.summary = summary
    }
}

/// A `--set name=value` override as typed on the command line.
public struct ParameterOverride: Sendable, Equatable, CustomStringConvertible {
    public let name: String
    public let value: Int

    public init(name: String, value: Int) {
        self.name = name
        self.value = value
    }

    /// Parses `name=value`; the name is an identifier, the value a decimal integer.
    ///
    /// - Throws: `CaseSelectionError.malformedOverride` naming the text and what is wrong.
    public init(parsing text: String) throws(CaseSelectionError) {
        guard let equals = text.firstIndex(of: "=") else {
            throw .malformedOverride(text, reason: "expected name=value")
        }
        let name = String(text[..<equals])
        let valueText = String(text[text.index(after: equals)...])
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic || first == "_",
            name.unicodeScalars.allSatisfy({
                $0.isASCII
                    && ($0.properties.isAlphabetic || $0 == "_"
                        || ("0"..."9").contains($0))
            })
        else {
            throw .malformedOverride(text, reason: "'\(name)' is not a parameter name")
        }
        guard let value = Int(valueText) else {
            throw .malformedOverride(text, reason: "'\(valueText)' is not an integer")
        }
        self.init(name: name, value: value)
    }

    public var description: String { "\(name)=\(value)" }
}

/// The parameter values one case runs with, after overrides.
public struct ResolvedParameters: Sendable, Equatable {
    public let values: [String: Int]

    public init(_ values: [String: Int]) {
        self.values = values
    }

    /// The value of a parameter the case declared.
    ///
    /// - Precondition: the case declared `name` (a catalog programming error otherwise).
    public subscript(_ name: String) -> Int {
        guard let value = values[name] else { preconditionFailure("case has no parameter '\(name)'") }
        return value
    }
}
