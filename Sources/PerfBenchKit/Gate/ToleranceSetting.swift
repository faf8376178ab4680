/// One `--tolerance` argument: `KEY=VALUE` for every case, or `PATTERN:KEY=VALUE` for the cases
/// whose id matches `PATTERN` (an exact id, or a prefix ending in `*`).
///
/// Keys: `allocs-abs`, `allocs-rel`, `bytes-abs`, `bytes-rel`, `instructions-abs`,
/// `instructions-rel`, `speedup-drop`, `time-growth`. Relative values are fractions (`0.3`) or
/// percentages (`30%`).
public struct ToleranceSetting: Sendable, Equatable {
    /// Which field a setting changes.
    public enum Key: String, Sendable, CaseIterable {
        case allocsAbsolute = "allocs-abs"
        case allocsRelative = "allocs-rel"
        case bytesAbsolute = "bytes-abs"
        case bytesRelative = "bytes-rel"
        case instructionsAbsolute = "instructions-abs"
        case instructionsRelative = "instructions-rel"
        case speedupDrop = "speedup-drop"
        case timeGrowth = "time-growth"

        /// Whether the value is a fraction (accepts `%`).
        var isFraction: Bool {
            switch self {
            case .allocsAbsolute, .bytesAbsolute, .instructionsAbsolute: return false
            default: return true
            }
        }
    }

    /// nil applies to every case; otherwise an exact case id or a prefix ending in `*`.
    public var casePattern: String?
    /// The field it changes.
    public var key: Key
    /// Absolute amounts in the metric's unit; fractions as 0...1 (percentages already divided).
    public var value: Double

    /// A setting from its parts; `value` as stored (fractions already divided).
    public init(casePattern: String?, key: Key, value: Double) {
        self.casePattern = casePattern
        self.key = key
        self.value = value
    }

    /// Parses `KEY=VALUE` or `PATTERN:KEY=VALUE`.
    ///
    /// - Throws: `ToleranceError.malformed`, `.unknownKey` or `.invalidValue`.
    public init(parsing text: String) throws(ToleranceError) {
        guard let equals = text.lastIndex(of: "=") else { throw .malformed(text) }
        var keyPart = String(text[..<equals])
        let valuePart = String(text[text.index(after: equals)...])
        var pattern: String?
        if let colon = keyPart.lastIndex(of: ":") {
            pattern = String(keyPart[..<colon])
            keyPart = String(keyPart[keyPart.index(after: colon)...])
            if pattern?.isEmpty ?? true { throw .malformed(text) }
        }
        guard let key = Key(rawValue: keyPart) else { throw .unknownKey(keyPart) }
        let isPercent = valuePart.hasSuffix("%")
        let number = isPercent ? String(valuePart.dropLast()) : valuePart
        guard var value = Double(number), value.isFinite, value >= 0, isPercent ? key.isFraction : true else {
            throw .invalidValue(key: keyPart, value: valuePart)
        }
        if isPercent { value /= 100 }
        if key == .speedupDrop && value >= 1 { throw .invalidValue(key: keyPart, value: valuePart) }
        self.init(casePattern: pattern, key: key, value: value)
    }

    /// Whether this setting applies to `caseID`.
    public func applies(to caseID: String) -> Bool {
        guard let casePattern else { return true }
        if casePattern.hasSuffix("*") { return caseID.hasPrefix(casePattern.dropLast()) }
        return caseID == casePattern
    }

    /// `tolerance` with this setting applied.
    func applied(to tolerance: Tolerance) -> Tolerance {
        var result = tolerance
        switch key {
        case .allocsAbsolute: result.allocsPerEvent.absolute = value
        case .allocsRelative: result.allocsPerEvent.relative = value
        case .bytesAbsolute: result.bytesPerEvent.absolute = value
        case .bytesRelative: result.bytesPerEvent.relative = value
        case .instructionsAbsolute: result.instructionsPerEvent.absolute = value
        case .instructionsRelative: result.instructionsPerEvent.relative = value
        case .speedupDrop: result.speedupDrop = value
        case .timeGrowth: result.timeGrowth = value
        }
        return result
    }
}
