import Foundation
import PerfBenchKit

/// Where a command's rendered document goes: standard output, or a file (`--output`).
enum TextOutput {
    /// Prints `text` as is, or writes it atomically to `path`, creating missing parent directories.
    ///
    /// - Throws: `ReportError.unwritable` (exit 73) when the file or a directory cannot be created.
    static func emit(_ text: String, to path: String?) throws(ReportError) {
        guard let path else {
            print(text, terminator: "")
            return
        }
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw .unwritable(path: path, reason: error.localizedDescription)
        }
    }
}
