import Foundation

/// Locale-free number formatting for profile reports.
enum ProfileFormat {
    /// A whole count with thousands separated by commas: `12,345`.
    static func count(_ value: Double) -> String {
        count(UInt64(max(value.rounded(), 0)))
    }

    /// A whole count with thousands separated by commas: `12,345`.
    static func count(_ value: UInt64) -> String {
        let digits = String(value)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return grouped
    }

    /// A share (0...1) as a percentage with one decimal: `42.1%`.
    static func share(_ fraction: Double) -> String {
        String(format: "%.1f%%", fraction * 100)
    }

    /// A signed change of share in percentage points: `+3.2 pp`.
    static func points(_ fraction: Double) -> String {
        String(format: "%+.1f pp", fraction * 100)
    }

    /// A per-event cost with about three significant digits.
    static func perEvent(_ value: Double) -> String {
        NumberFormat.value(value)
    }
}
