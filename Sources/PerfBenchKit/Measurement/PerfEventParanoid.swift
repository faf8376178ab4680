#if canImport(Glibc)
import Glibc
#endif

/// Reads `/proc/sys/kernel/perf_event_paranoid`.
package enum PerfEventParanoid {
    /// The current level (2 = user-space only for unprivileged callers), or nil when unreadable.
    package static func current() -> Int? {
        guard let text = ProcFile.read("/proc/sys/kernel/perf_event_paranoid") else { return nil }
        return Int(text.trimmingWhitespace())
    }
}

/// Small reads of /proc and /sys files without Foundation.
package enum ProcFile {
    /// The whole file as UTF-8 text (up to 1 MiB), or nil when it cannot be opened or read.
    package static func read(_ path: String) -> String? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while bytes.count < 1 << 20 {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        if ferror(file) != 0 { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    package func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[start...end])
    }
}
