import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The callgrind engine of `perfbench profile`: exact instructions per function and per stack.
///
/// Like `CallgrindEngine`, perfbench re-runs itself under valgrind (the hidden `profile-child`
/// subcommand) with deterministic hashing and jemalloc's decay off; the child toggles collection
/// around exactly one side's batch at a time and dumps each side with its own label. The run keeps
/// costs per caller chain (`--separate-callers`), which gives exact stacks, and `--dump-instr=no`
/// keeps the dumps per line, not per instruction.
package struct ProfileCallgrind: Sendable {
    /// Caller-chain depth kept per function: deeper than any case's stack below the profile loop.
    package static let chainDepth = 60

    /// The executable valgrind runs (perfbench itself unless a test says otherwise).
    package var executable: String
    /// Extra environment for the child (on top of `CallgrindEngine.deterministicEnvironment`).
    package var environment: [String: String]

    /// An engine that re-runs `executable` (default: this process's own executable).
    package init(executable: String? = nil, environment: [String: String] = [:]) {
        self.executable = executable ?? CallgrindEngine.ownExecutable() ?? "/proc/self/exe"
        self.environment = environment
    }

    /// Events per side: the case's callgrind event count, so the profile counts what `run` counts.
    package static func events(for benchCase: BenchCase) -> Int {
        max(benchCase.callgrindEvents, 1)
    }

    static func label(caseID: String, implementation: Implementation, events: Int) -> String {
        "perfbench-profile|\(caseID)|\(implementation.rawValue)|\(events)"
    }

    /// The valgrind command line for one case.
    func arguments(caseID: String, sides: [Implementation], overrides: [ParameterOverride], outFile: String)
        -> [String]
    {
        [
            "--tool=callgrind", "--collect-atstart=no", "--instr-atstart=no", "--dump-instr=no",
            "--compress-strings=no", "--compress-pos=no", "--separate-callers=\(Self.chainDepth)",
            "--separate-recs=1", "--demangle=no", "--callgrind-out-file=\(outFile)",
            executable, "profile-child", "--case-id", caseID,
            "--sides", sides.map(\.rawValue).joined(separator: ","),
        ] + overrides.flatMap { ["--set", $0.description] }
    }

    /// Profiles the request's sides of `benchCase` under callgrind.
    ///
    /// - Throws: `ProfileError.multithreadedCase`, `.valgrindUnavailable`, `.callgrindFailed`.
    package func profile(
        _ benchCase: BenchCase, parameters: ResolvedParameters, request: ProfileRequest, why: String
    ) throws(ProfileError) -> ProfileOutcome {
        guard !benchCase.isMultithreaded else { throw .multithreadedCase(benchCase.id.description) }
        let caseID = benchCase.id.description
        let events = Self.events(for: benchCase)
        let dumps = try runValgrind(caseID: caseID, sides: request.sides, overrides: request.overrides)
        var sides: [SideProfile] = []
        var notes: [String] = []
        for implementation in request.sides {
            let key = Self.label(caseID: caseID, implementation: implementation, events: events)
            guard let dump = dumps[key] else { throw .callgrindFailed("no dump labelled '\(key)'") }
            if dump.hasTruncatedChains {
                notes.append(
                    "\(implementation.rawValue): some call chains are deeper than \(Self.chainDepth) frames; "
                        + "their outermost callers are cut")
            }
            sides.append(
                SideProfile(
                    implementation: implementation, events: events, stacks: HarnessFolding.standard.fold(dump.stacks),
                    countUnit: "instructions", weightPerCount: 1, weightUnit: "instructions", sampling: nil,
                    totalInstructions: dump.totalInstructions))
        }
        return ProfileOutcome(
            caseID: caseID, parameters: parameters.values, engine: .callgrind,
            engineReason: "\(why): exact instructions per function under callgrind, \(events) events per side, "
                + "collection toggled around each side's batch",
            notes: notes, sides: sides)
    }

    /// Label → profile of every dump the child wrote.
    package func runValgrind(
        caseID: String, sides: [Implementation], overrides: [ParameterOverride]
    ) throws(ProfileError) -> [String: CallgrindProfile] {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("perfbench-profile-\(getpid())-\(UInt64.random(in: 0...UInt64.max))")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .callgrindFailed("cannot create \(directory.path): \(error)")
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            ["valgrind"]
            + arguments(
                caseID: caseID, sides: sides, overrides: overrides,
                outFile: directory.appendingPathComponent("callgrind.out").path)
        process.environment = ProcessInfo.processInfo.environment
            .merging(CallgrindEngine.deterministicEnvironment) { _, new in new }
            .merging(environment) { _, new in new }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .valgrindUnavailable("cannot start valgrind: \(error)")
        }
        let stderrText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let last = stderrText.split(separator: "\n").last.map(String.init) ?? "no output"
            throw .callgrindFailed("child exited with status \(process.terminationStatus): \(last)")
        }
        var dumps: [String: CallgrindProfile] = [:]
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for file in files where file.hasPrefix("callgrind.out") {
            let path = directory.appendingPathComponent(file).path
            guard let text = try? String(contentsOfFile: path, encoding: .utf8),
                let dump = CallgrindProfileParser.parse(
                    text, chainDepth: Self.chainDepth, demangle: SwiftDemangler.demangle),
                dump.label.hasPrefix("perfbench-profile|")
            else { continue }
            dumps[dump.label] = dump
        }
        return dumps
    }

    /// The child side: builds the case's sides and collects each under callgrind.
    ///
    /// - Throws: `ProfileError.callgrindFailed` when not under valgrind or a request fails.
    package static func runChild(
        _ benchCase: BenchCase, parameters: ResolvedParameters, sides: [Implementation]
    ) throws(ProfileError) {
        guard CallgrindControl.isRunningUnderValgrind else {
            throw .callgrindFailed("profile-child must run under valgrind --tool=callgrind")
        }
        let instances = sides.map { (implementation: $0, instance: benchCase.makeInstance($0, parameters: parameters)) }
        do {
            try ProfileBatches.collect(instances, caseID: benchCase.id.description, events: events(for: benchCase))
        } catch {
            throw .callgrindFailed(error.description)
        }
    }
}
