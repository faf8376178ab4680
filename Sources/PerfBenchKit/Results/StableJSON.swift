import Foundation

/// The one JSON layout perfbench writes, for results files and `--json` output alike.
///
/// Pretty-printed, keys sorted and slashes unescaped, so committed files diff line by line and
/// every command's JSON looks the same.
package enum StableJSON {
    /// A new encoder configured with the stable layout.
    package static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
