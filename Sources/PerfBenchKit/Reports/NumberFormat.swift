import Foundation

/// Fixed, locale-free number formatting for every report, so golden files stay byte-identical.
enum NumberFormat {
    /// About three significant digits: `1234`, `12.3`, `1.23`, `0.012`.
    static func value(_ x: Double) -> String {
        let magnitude = Swift.abs(x)
        if magnitude == 0 { return "0" }
        if magnitude >= 100 { return String(format: "%.0f", x) }
        if magnitude >= 10 { return String(format: "%.1f", x) }
        if magnitude >= 0.1 { return String(format: "%.2f", x) }
        return String(format: "%.3g", x)
    }

    /// A value or an em dash when absent.
    static func optional(_ x: Double?) -> String {
        x.map(value) ?? "—"
    }

    /// A signed percentage from a fraction: `+12.5%`, `-3.0%`.
    static func percent(_ fraction: Double) -> String {
        String(format: "%+.1f%%", fraction * 100)
    }

    /// A speedup with its unit: `3.20×`, `74.9×`.
    static func ratio(_ x: Double) -> String {
        value(x) + "×"
    }

    /// A size from a sweep: whole numbers without a fraction (`10`, `1000`).
    static func size(_ x: Double) -> String {
        x == x.rounded() && Swift.abs(x) < 1e15 ? String(format: "%.0f", x) : value(x)
    }
}
