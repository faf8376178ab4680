/// One `--tolerance` argument: `KEY=VALUE` for every case, or `PATTERN:KEY=VALUE` for the cases
/// whose id matches `PATTERN` (an exact id, or a prefix ending in `*`).
///
/// Keys: `<metric>-abs` and `<metric>-rel` for each exact metric (`allocations`, `bytes`,
/// `instructions`, `counter:instructions`), `noise-multiple`, `min-band` and `band-without-noise`.
/// Relative values are fractions (`0.3`) or percentages (`30%`). Overrides are for experiments:
/// a case's lasting tolerance belongs in its declaration, where `perfbench list` shows it.
package struct ToleranceSetting: Sendable, Equatable {
    /// Which field a setting changes.
    package enum Key: Sendable, Equatable, CustomStringConvertible {
        case growthAbsolute(Metric)
        case growthRelative(Metric)
        case noiseMultiple
        case minimumBand
        case bandWithoutNoise

        /// Every key, as typed.
        package static var all: [Key] {
            let exact = Tolerance.defaults.growth.keys.sorted().compactMap(Metric.init(id:))
            return exact.flatMap { [.growthAbsolute($0), .growthRelative($0)] }
                + [.noiseMultiple, .minimumBand, .bandWithoutNoise]
        }

        package var description: String {
            switch self {
            case .growthAbsolute(let metric): "\(metric.id)-abs"
            case .growthRelative(let metric): "\(metric.id)-rel"
            case .noiseMultiple: "noise-multiple"
            case .minimumBand: "min-band"
            case .bandWithoutNoise: "band-without-noise"
            }
        }

        /// Whether the value is a fraction (accepts `%`).
        var isFraction: Bool {
            switch self {
            case .growthAbsolute, .noiseMultiple: false
            case .growthRelative, .minimumBand, .bandWithoutNoise: true
            }
        }

        init?(parsing text: String) {
            guard let key = Key.all.first(where: { $0.description == text }) else { return nil }
            self = key
        }
    }

    /// nil applies to every case; otherwise an exact case id or a prefix ending in `*`.
    package var casePattern: String?
    /// The field it changes.
    package var key: Key
    /// Absolute amounts in the metric's unit; fractions as 0...1 (percentages already divided).
    package var value: Double

    /// A setting from its parts; `value` as stored (fractions already divided).
    package init(casePattern: String?, key: Key, value: Double) {
        self.casePattern = casePattern
        self.key = key
        self.value = value
    }

    /// Parses `KEY=VALUE` or `PATTERN:KEY=VALUE`.
    ///
    /// - Throws: `ToleranceError.malformed`, `.unknownKey` or `.invalidValue`.
    package init(parsing text: String) throws(ToleranceError) {
        guard let equals = text.lastIndex(of: "=") else { throw .malformed(text) }
        let keyPart = String(text[..<equals])
        let valuePart = String(text[text.index(after: equals)...])
        // The key is the longest known suffix after a ':' (metric ids themselves may hold one).
        var pattern: String?
        var key = Key(parsing: keyPart)
        if key == nil, let colon = keyPart.firstIndex(of: ":") {
            pattern = String(keyPart[..<colon])
            key = Key(parsing: String(keyPart[keyPart.index(after: colon)...]))
            if key == nil { throw .unknownKey(String(keyPart[keyPart.index(after: colon)...])) }
            if pattern?.isEmpty ?? true { throw .malformed(text) }
        }
        guard let key else { throw .unknownKey(keyPart) }
        let isPercent = valuePart.hasSuffix("%")
        let number = isPercent ? String(valuePart.dropLast()) : valuePart
        guard var value = Double(number), value.isFinite, value >= 0, isPercent ? key.isFraction : true else {
            throw .invalidValue(key: key.description, value: valuePart)
        }
        if isPercent { value /= 100 }
        self.init(casePattern: pattern, key: key, value: value)
    }

    /// Whether this setting applies to `caseID`.
    package func applies(to caseID: String) -> Bool {
        guard let casePattern else { return true }
        if casePattern.hasSuffix("*") { return caseID.hasPrefix(casePattern.dropLast()) }
        return caseID == casePattern
    }

    /// `tolerance` with this setting applied. Relative bands are typed as fractions of change
    /// and stored as log ratios.
    func applied(to tolerance: Tolerance) -> Tolerance {
        var result = tolerance
        switch key {
        case .growthAbsolute(let metric):
            result.growth[metric.id, default: GrowthLimit(absolute: 0, relative: 0)].absolute = value
        case .growthRelative(let metric):
            result.growth[metric.id, default: GrowthLimit(absolute: 0, relative: 0)].relative = value
        case .noiseMultiple: result.noiseMultiple = value
        case .minimumBand: result.minimumBand = log(1 + value)
        case .bandWithoutNoise: result.bandWithoutNoise = log(1 + value)
        }
        return result
    }
}

#if canImport(Glibc)
import Glibc
#endif
