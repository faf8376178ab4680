import Foundation

/// JSON for the export formats: perfbench's stable layout, newline-terminated.
enum ExportJSON {
    /// Encodes `value`. Validation has already rejected the only input JSONEncoder refuses
    /// (non-finite numbers), so a failure here is a broken invariant, not bad input.
    static func encode(_ value: some Encodable) -> String {
        do {
            return String(decoding: try StableJSON.encoder().encode(value), as: UTF8.self) + "\n"
        } catch {
            preconditionFailure("export JSON encoding failed after validation: \(error)")
        }
    }
}
