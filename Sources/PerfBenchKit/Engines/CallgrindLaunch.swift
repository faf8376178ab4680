import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// How the callgrind engine starts its children: the same bytes on every host and checkout, so the
/// same counts.
///
/// A child's counts depend on its heap layout before the first counted event, and that layout
/// depends on everything the process and valgrind map and allocate before it. Measured on this
/// project, each of these moved exact legacy counts with no code change:
/// - the parent's environment or checkout path reaching the child: one extra environment variable
///   moved `lb.selectFiltered.consistentHash_oneAtCap.n10` legacy by exactly 4.00 instructions per
///   event (one `memcmp` per select took glibc's page-cross path; 689 442 against 689 438), and CI
///   failed on "legacy changed";
/// - the executable's debug info, which valgrind reads into the same address space: two builds of one
///   commit at two checkout paths, identical in every loaded byte, counted
///   `sched.placeWithLocality.drained.n100` legacy at 107 105.81 and 107 104.89 (their debug info
///   names the checkout); stripped of it, both count 107 105.81.
///
/// So every child of a run gets:
/// - a copy of perfbench without debug info (`objcopy --strip-debug`; the symbol table stays), at a
///   path of fixed length, `/tmp/perfbench-cg-<16 hex digits>/perfbench`;
/// - an environment of exactly `CallgrindEngine.deterministicEnvironment` (plus `VALGRIND_LIB` where
///   the parent sets it: a relocated valgrind needs it);
/// - the working directory `/`.
package struct CallgrindLaunch: Sendable {
    /// The run's directory: the client and one dump folder per child.
    package let directory: URL
    /// What valgrind runs: perfbench's own executable without its debug info.
    package let client: String
    package let valgrind: String

    /// Creates the directory and the stripped client.
    ///
    /// - Throws: `EngineError.callgrindFailed` when valgrind or objcopy is not on `PATH`, `/tmp` is not
    ///   writable or the copy fails.
    package init(executable: String) throws(EngineError) {
        guard let valgrind = Self.findOnPath("valgrind") else {
            throw .callgrindFailed("valgrind is not on PATH (Debian: apt-get install valgrind)")
        }
        guard let objcopy = Self.findOnPath("objcopy") else {
            throw .callgrindFailed("objcopy is not on PATH (Debian: apt-get install binutils)")
        }
        self.valgrind = valgrind
        // Fixed width: every child's argv[0] has the same length.
        let name = "perfbench-cg-" + String(format: "%016llx", UInt64.random(in: 0...UInt64.max))
        directory = URL(fileURLWithPath: "/tmp").appendingPathComponent(name)
        client = directory.appendingPathComponent("perfbench").path
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        } catch {
            throw .callgrindFailed("cannot create \(directory.path): \(error)")
        }
        let strip = Process()
        strip.executableURL = URL(fileURLWithPath: objcopy)
        strip.arguments = ["--strip-debug", executable, client]
        let errors = Pipe()
        strip.standardError = errors
        do {
            try strip.run()
        } catch {
            try? FileManager.default.removeItem(at: directory)
            throw .callgrindFailed("cannot start objcopy: \(error)")
        }
        let stderrText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        strip.waitUntilExit()
        guard strip.terminationStatus == 0 else {
            try? FileManager.default.removeItem(at: directory)
            let last = stderrText.split(separator: "\n").last.map(String.init) ?? "no output"
            throw .callgrindFailed("objcopy --strip-debug \(executable) failed: \(last)")
        }
    }

    /// An empty folder for one child's dumps, `<directory>/child-<index>`.
    package func dumpFolder(_ index: Int) throws(EngineError) -> URL {
        let folder = directory.appendingPathComponent("child-\(index)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        } catch {
            throw .callgrindFailed("cannot create \(folder.path): \(error)")
        }
        return folder
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
