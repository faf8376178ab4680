import ArgumentParser
import PerfBenchKit

/// `--also FORMAT=PATH`: the same verdicts written once more, in another format, to a file.
struct GateFileRequest: Equatable {
    var format: GateFormat
    var path: String

    /// Parses `junit=gate/check.junit.xml`.
    ///
    /// - Throws: `ValidationError` (exit 64) naming what is wrong.
    init(parsing text: String) throws {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty else {
            throw ValidationError("--also '\(text)': expected FORMAT=PATH, e.g. junit=gate/check.junit.xml")
        }
        guard let format = GateFormat(rawValue: parts[0]) else {
            let known = GateFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("--also '\(text)': unknown format '\(parts[0])' (one of \(known))")
        }
        self.format = format
        path = parts[1]
    }
}
