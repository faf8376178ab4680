import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Exact instructions per event: perfbench re-runs itself under valgrind's callgrind.
///
/// The parent starts `valgrind --tool=callgrind --collect-atstart=no --instr-atstart=no` on its own
/// executable with the hidden `callgrind-child` subcommand, one process per case (`runValgrind`),
/// deterministic hashing (`SWIFT_DETERMINISTIC_HASHING=1`) and jemalloc's decay off (`MALLOC_CONF`), and
/// nothing else of the parent's environment, path or arguments (`CallgrindLaunch`), so the same
/// cases give the same totals run after run and host after host. The child takes no `--quick`: it
/// counts the same events either way, and one more argument would move its heap layout. The child builds each case outside instrumentation, warms
/// every side (legacy, fixed, and the limit kernel where the case has one), then for each side
/// zeroes the costs, toggles collection around one batch of a fixed event count and dumps with a
/// label naming the side. The parent reads each dump's `totals:` line (the
/// `summary:` line is 0 with `--instr-atstart=no`).
package final class CallgrindEngine: MeasurementEngine {
    package var kind: EngineKind { .callgrind }
    package var counterNames: [String] { [] }

    /// The `--set` overrides the child must apply too.
    package let overrides: [ParameterOverride]
    /// A cost every fixed side pays (the gate's self-test); nil for every real run.
    package let perturbation: Perturbation?
    /// Count the fixed sides only (the self-test's perturbed passes: legacy is known already).
    package let fixedOnly: Bool
    /// The label of the next dump (child side).
    var label = "perfbench"

    package init(
        overrides: [ParameterOverride], perturbation: Perturbation? = nil, fixedOnly: Bool = false
    ) {
        self.overrides = overrides
        self.perturbation = perturbation
        self.fixedOnly = fixedOnly
    }

    /// The sides this engine counts for `benchCase`: every side it has (legacy, fixed, and the limit
    /// kernel where it has one), or the fixed side alone.
    func sides(of benchCase: BenchCase) -> [Side] {
        fixedOnly ? [.fixed] : benchCase.sides
    }

    /// The environment that makes callgrind totals reproducible.
    package static let deterministicEnvironment = [
        "SWIFT_DETERMINISTIC_HASHING": "1",
        "MALLOC_CONF": "dirty_decay_ms:-1,muzzy_decay_ms:-1",
    ]

    /// Events `side` counts for `benchCase` in the callgrind pass (`BenchCase.callgrindEvents(for:parameters:)`).
    package func events(for benchCase: BenchCase, side: Side, parameters: ResolvedParameters) -> Int {
        benchCase.callgrindEvents(for: side, parameters: parameters)
    }

    // MARK: - Child side (running under valgrind)

    /// One collected batch: zero, collect, dump with the current label.
    package func measure(_ instance: any CaseInstance, events: Int) throws -> BatchSample {
        try CallgrindControl.zeroStats()
        try CallgrindControl.toggleCollection()
        let folded = instance.run(events: events)
        try CallgrindControl.toggleCollection()
        try CallgrindControl.dumpStats(label: label)
        blackHole(folded)
        return BatchSample(events: events, wallNanoseconds: 0, cpuNanoseconds: 0)
    }

    /// Measures every case under callgrind; called by the hidden child subcommand.
    ///
    /// - Throws: `EngineError.callgrindFailed` when not running under valgrind or a request fails.
    package func runChild(_ cases: [(BenchCase, ResolvedParameters)]) throws(EngineError) {
        guard CallgrindControl.isRunningUnderValgrind else {
            throw .callgrindFailed("callgrind-child must run under valgrind --tool=callgrind")
        }
        do {
            for (benchCase, parameters) in cases where Self.isCountable(benchCase) {
                let instances = sides(of: benchCase).compactMap { side -> (Side, any CaseInstance)? in
                    guard let instance = benchCase.makeInstance(for: side, parameters: parameters) else { return nil }
                    guard side == .fixed, let perturbation else { return (side, instance) }
                    return (side, PerturbedInstance(instance, perturbation: perturbation))
                }
                try CallgrindControl.startInstrumentation()
                for (side, instance) in instances {
                    let count = events(for: benchCase, side: side, parameters: parameters)
                    blackHole(instance.run(events: min(count, 256)))
                }
                for (side, instance) in instances {
                    let count = events(for: benchCase, side: side, parameters: parameters)
                    label = Self.label(caseID: benchCase.id.description, side: side, events: count)
                    _ = try measure(instance, events: count)
                }
                try CallgrindControl.stopInstrumentation()
            }
        } catch {
            throw .callgrindFailed("\(error)")
        }
    }

    /// Whether callgrind can count `benchCase` deterministically.
    static func isCountable(_ benchCase: BenchCase) -> Bool {
        benchCase.callgrindEvents > 0 && !benchCase.isMultithreaded
    }

    /// The dump label of one side's batch, `perfbench|<case id>|<side>|<events>`.
    package static func label(caseID: String, side: Side, events: Int) -> String {
        "perfbench|\(caseID)|\(side.rawValue)|\(events)"
    }

    // MARK: - Parent side

    /// Runs the child under valgrind and fills instructions per event for every side of every case
    /// in `document`.
    ///
    /// - Throws: `EngineError.callgrindFailed` with the child's exit status and last stderr line,
    ///   or when a case has no dump.
    package func addInstructions(
        to document: inout ResultsDocument, cases: [(BenchCase, ResolvedParameters)]
    ) throws(EngineError) {
        let measured = Set(document.cases.map(\.id))
        // Two threads do not give a deterministic count: multithreaded cases are skipped.
        let wanted = cases.filter { measured.contains($0.0.id.description) && Self.isCountable($0.0) }
        for index in document.cases.indices {
            guard let benchCase = cases.first(where: { $0.0.id.description == document.cases[index].id })?.0,
                !Self.isCountable(benchCase)
            else { continue }
            document.cases[index].unavailable.append(
                UnavailableMetric(
                    metric: Metric.instructions.id,
                    reason: "multithreaded case: callgrind gives no deterministic count"))
        }
        guard !wanted.isEmpty else { return }
        let totals = try runValgrind(caseIDs: wanted.map { $0.0.id.description })
        for index in document.cases.indices {
            let caseID = document.cases[index].id
            guard let (benchCase, parameters) = wanted.first(where: { $0.0.id.description == caseID }) else { continue }
            if let note = benchCase.callgrindCountNote(parameters: parameters) {
                document.cases[index].notes.append(note)
            }
            for side in sides(of: benchCase) {
                let count = events(for: benchCase, side: side, parameters: parameters)
                let key = Self.label(caseID: caseID, side: side, events: count)
                guard let total = totals[key] else {
                    throw .callgrindFailed("no dump labelled '\(key)'")
                }
                document.cases[index][side]?[.instructions] = .exact(
                    Double(total) / Double(count), metric: .instructions, events: count)
            }
        }
    }

    /// Label → `totals:` instruction count, for every dump the children wrote.
    ///
    /// One valgrind process per case, up to one per core at a time. A case's legacy count depends on
    /// the allocator's history in its process (the same legacy select measured 7 instructions per
    /// event apart after other cases had run), so a case counted alone gives the same figure
    /// whichever cases a run selects: `check --cases X` compares with a full baseline exactly.
    /// Callgrind counts are deterministic, so running cases side by side changes no figure.
    ///
    /// The workers are threads joined before this returns (`runOnJoinedThreads`), not pool threads.
    package func runValgrind(caseIDs: [String]) throws(EngineError) -> [String: UInt64] {
        guard let executable = Self.ownExecutable() else {
            throw .callgrindFailed("cannot resolve /proc/self/exe")
        }
        var options = overrides.flatMap { ["--set", $0.description] }
        if let perturbation { options += ["--perturb", perturbation.description] }
        if fixedOnly { options.append("--fixed-only") }
        let childOptions = options
        let launch = try CallgrindLaunch(executable: executable)
        defer { launch.remove() }
        let workerCount = max(1, min(caseIDs.count, ProcessInfo.processInfo.activeProcessorCount))
        let next = Atomic<Int>(0)
        let outcome = Mutex<(totals: [String: UInt64], failure: EngineError?)>(([:], nil))
        runOnJoinedThreads(count: workerCount) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < caseIDs.count, outcome.withLock({ $0.failure == nil }) else { return }
                do throws(EngineError) {
                    let totals = try Self.runValgrind(
                        caseID: caseIDs[index], launch: launch, dumps: launch.dumpFolder(index), options: childOptions)
                    outcome.withLock { $0.totals.merge(totals) { first, _ in first } }
                } catch {
                    outcome.withLock { $0.failure = $0.failure ?? error }
                }
            }
        }
        let result = outcome.withLock { $0 }
        if let failure = result.failure { throw failure }
        return result.totals
    }

    /// One valgrind process counting one case: label → `totals:` for each dump it wrote in `dumps`.
    private static func runValgrind(
        caseID: String, launch: CallgrindLaunch, dumps: URL, options: [String]
    ) throws(EngineError) -> [String: UInt64] {
        let process = launch.process(
            toolOptions: [
                "--tool=callgrind", "--collect-atstart=no", "--instr-atstart=no",
                "--callgrind-out-file=\(dumps.path)/callgrind.out",
            ],
            clientArguments: ["callgrind-child", "--case-ids", caseID] + options)
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .callgrindFailed("cannot start valgrind: \(error)")
        }
        let stderrText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let last = stderrText.split(separator: "\n").last.map(String.init) ?? "no output"
            throw .callgrindFailed("child for \(caseID) exited with status \(process.terminationStatus): \(last)")
        }
        var totals: [String: UInt64] = [:]
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dumps.path)) ?? []
        for file in files where file.hasPrefix("callgrind.out") {
            let path = dumps.appendingPathComponent(file).path
            guard let text = try? String(contentsOfFile: path, encoding: .utf8),
                let dump = CallgrindDump(parsing: text), dump.label.hasPrefix("perfbench|")
            else { continue }
            totals[dump.label] = dump.totalInstructions
        }
        return totals
    }

    package static func ownExecutable() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// The two lines perfbench needs from one callgrind dump file.
package struct CallgrindDump: Sendable, Equatable {
    /// The client-request label (`desc: Trigger: Client Request: <label>`).
    package let label: String
    /// The `totals:` line's first event (Ir: instructions executed).
    package let totalInstructions: UInt64

    /// Parses a dump, or nil when it has no client-request trigger or no totals line.
    package init?(parsing text: String) {
        var label: String?
        var totals: UInt64?
        for line in text.split(separator: "\n") {
            if line.hasPrefix("desc: Trigger: Client Request: ") {
                label = String(line.dropFirst("desc: Trigger: Client Request: ".count))
            } else if line.hasPrefix("totals:") {
                totals = line.dropFirst("totals:".count).split(separator: " ").first.flatMap { UInt64($0) }
            }
        }
        guard let label, let totals else { return nil }
        self.label = label
        self.totalInstructions = totals
    }
}
