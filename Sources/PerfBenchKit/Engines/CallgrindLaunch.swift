import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// How the callgrind engine starts one child: the same bytes on every host, so the same counts.
///
/// A child's counts depend on its heap layout before the first counted event, and that layout
/// depends on the strings the process starts with. Measured on this project: adding one
/// environment variable, or starting from another checkout path, moved
/// `lb.selectFiltered.consistentHash_oneAtCap.n10` legacy by exactly 4.00 instructions per event
/// (one `memcmp` per select took glibc's page-cross path; 689 442 against 689 438), which failed CI
/// on "legacy changed". So the child gets:
/// - an environment of exactly `CallgrindEngine.deterministicEnvironment` (plus `VALGRIND_LIB` where
///   the parent sets it: a relocated valgrind needs it);
/// - its executable through a symlink of fixed length, `/tmp/perfbench-cg-<16 hex digits>/perfbench`,
///   so the checkout path does not reach its `argv[0]`;
/// - the working directory `/`.
package struct CallgrindLaunch {
    /// The per-child directory: the client symlink and the dump files.
    package let directory: URL
    /// What valgrind runs: a symlink to perfbench's own executable.
    package let client: String
    package let valgrind: String

    /// Creates the directory and the symlink.
    ///
    /// - Throws: `EngineError.callgrindFailed` when valgrind is not on `PATH` or `/tmp` is not writable.
    package init(executable: String) throws(EngineError) {
        guard let valgrind = Self.findOnPath("valgrind") else {
            throw .callgrindFailed("valgrind is not on PATH (Debian: apt-get install valgrind)")
        }
        self.valgrind = valgrind
        // Fixed width: every child's argv[0] has the same length.
        let name = "perfbench-cg-" + String(format: "%016llx", UInt64.random(in: 0...UInt64.max))
        directory = URL(fileURLWithPath: "/tmp").appendingPathComponent(name)
        client = directory.appendingPathComponent("perfbench").path
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
            try FileManager.default.createSymbolicLink(atPath: client, withDestinationPath: executable)
        } catch {
            try? FileManager.default.removeItem(at: directory)
            throw .callgrindFailed("cannot prepare \(directory.path): \(error)")
        }
    }

    /// The environment every child gets, whatever the parent's.
    package static func environment(parent: [String: String]) -> [String: String] {
        var environment = CallgrindEngine.deterministicEnvironment
        if let library = parent["VALGRIND_LIB"] { environment["VALGRIND_LIB"] = library }
        return environment
    }

    /// A process that runs `valgrind toolOptions client clientArguments`, not yet started.
    func process(toolOptions: [String], clientArguments: [String]) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: valgrind)
        process.arguments = toolOptions + [client] + clientArguments
        process.environment = Self.environment(parent: ProcessInfo.processInfo.environment)
        process.currentDirectoryURL = URL(fileURLWithPath: "/")
        return process
    }

    package func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// The first executable file called `name` in the parent's `PATH`.
    package static func findOnPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for entry in path.split(separator: ":") where !entry.isEmpty {
            let candidate = "\(entry)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}
