import ArgumentParser
import Foundation
import PerfBenchKit

/// `perfbench profile`: where a case spends, legacy against fixed, down to the function.
package struct ProfileCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Profile one case down to the function, legacy against fixed: folded stacks, flame graphs, a diff.",
        discussion: """
            Runs the case's batches exactly as `run` does and switches profiling on and off around each \
            side's batches only, so the profile holds the case's work and nothing of the set-up. Frames of \
            the harness itself (the driver loop, batch bookkeeping, blackHole) are folded into one \
            [harness] frame.

            Engines:
              sample     perf_event sampling in this process (user space, the calling thread). --event \
            takes any perf or libpfm4 name (cycles, instructions, cache-misses, perf_raw::r00c0) where a PMU \
            exists; without one the request says why (e.g. no hardware PMU on this host (ENOENT)) and falls \
            back to the software cpu-clock, then task-clock. Lost samples and throttling are reported.
              callgrind  exact instructions per function and per call stack from a re-run under valgrind, \
            collection toggled around each side's batch: identical from run to run.
              auto       sample a hardware event where a PMU exists, else callgrind where valgrind runs, \
            else sample the software clock (the default).

            Writes into --output (default profiles/CASE): legacy.folded and fixed.folded (the `a;b;c count` \
            format flamegraph.pl, inferno, speedscope and flameshow read), legacy.svg and fixed.svg flame \
            graphs, diff.md (functions ranked by legacy − fixed self cost per event, with shares), diff.svg \
            (a differential flame graph: blue where legacy spends more) and summary.md (for a CI job summary, \
            also printed).

            --compare A.folded B.folded ranks the functions whose share of the profile changed between two \
            profiles of the same side (e.g. fixed before and after a commit) and writes compare.md and \
            compare.svg into --output when it is given.

            Examples:
              perfbench profile lb.select.consistentHash.n100
              perfbench profile daemon.deliver.noOutput.o16 --engine callgrind --output /tmp/deliver
              perfbench profile lb.select.roundRobin.n100 --engine sample --event cycles --frequency 10000
              perfbench profile lb.select.consistentHash.n100 --side fixed --set endpoints=1000
              perfbench profile --compare old/fixed.folded new/fixed.folded

            Exit 0 profiled, 2 the host cannot profile (no sampling event, valgrind missing), 64 usage \
            (unknown case or event), 65 malformed folded file, 66 missing input, 73 cannot write the output.
            """
    )

    package init() {}

    @Argument(help: "The case id (or a pattern matching exactly one case); see `perfbench list`.")
    var caseID: String?

    @Option(help: "legacy, fixed or both.")
    var side: ProfileSide = .both

    @Option(help: "auto, sample or callgrind.")
    var engine: ProfileEngineKind = .auto

    @Option(help: ArgumentHelp("The sampling event: a perf or libpfm4 name (default cycles).", valueName: "name"))
    var event: String?

    @Option(help: ArgumentHelp("One sample every N events (nanoseconds on the software clocks).", valueName: "n"))
    var period: UInt64?

    @Option(help: ArgumentHelp("About HZ samples per second of running time (default 4000).", valueName: "hz"))
    var frequency: UInt64?

    @Option(help: ArgumentHelp("Sampled running time per side.", valueName: "seconds"))
    var seconds: Double = 2

    @Option(
        name: .customLong("set"),
        help: ArgumentHelp(
            "Override a case parameter, e.g. --set endpoints=1000 (repeatable).", valueName: "name=value"))
    var overrides: [String] = []

    @Option(help: ArgumentHelp("Directory for the profile's files (default profiles/CASE).", valueName: "dir"))
    package var output: String?

    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp("Rank functions whose share changed between two folded profiles.", valueName: "A B"))
    var compare: [String] = []

    package func validate() throws {
        if !compare.isEmpty {
            guard compare.count == 2 else {
                throw ValidationError("--compare takes two folded files, got \(compare.count)")
            }
            guard caseID == nil else { throw ValidationError("--compare takes no case; drop '\(caseID ?? "")'") }
            return
        }
        guard caseID != nil else {
            throw ValidationError("name a case to profile (see `perfbench list`), or --compare A B")
        }
        if period != nil && frequency != nil { throw ValidationError("--period and --frequency exclude each other") }
        if period == 0 || frequency == 0 { throw ValidationError("--period and --frequency must be above 0") }
        guard seconds > 0, seconds <= 600 else { throw ValidationError("--seconds must be in (0, 600]") }
        if engine == .callgrind && (event != nil || period != nil || frequency != nil) {
            throw ValidationError("--event, --period and --frequency apply to sampling, not --engine callgrind")
        }
        if let event {
            do throws(CounterError) {
                _ = try EventEncoding.encode(event)
            } catch .unknownEvent(let name) {
                let models = EventEncoding.presentPMUModels().joined(separator: ", ")
                throw ValidationError(
                    "\(CounterError.unknownEvent(name: name)); libpfm4 event tables active here: \(models)")
            } catch .encodingFailed(let name, let code, let message) {
                throw ValidationError("\(CounterError.encodingFailed(name: name, pfmCode: code, pfmMessage: message))")
            } catch {
                // libpfm4 itself is missing: the profile reports it and falls back to the software clock.
            }
        }
        _ = try parsedOverrides()
    }

    func parsedOverrides() throws -> [ParameterOverride] {
        try overrides.map { text in
            do throws(CaseSelectionError) {
                return try ParameterOverride(parsing: text)
            } catch {
                throw ValidationError(error.description)
            }
        }
    }

    /// The request this command line makes (for a case, not --compare).
    package func request() throws -> ProfileRequest {
        let rate =
            period.map(SamplingRate.period) ?? frequency.map(SamplingRate.frequency) ?? ProfileRequest.defaultRate
        return ProfileRequest(
            caseID: caseID ?? "", overrides: try parsedOverrides(), sides: side.implementations, engine: engine,
            event: event, rate: rate, secondsPerSide: seconds)
    }

    package func run() throws {
        do {
            if compare.count == 2 {
                try runComparison()
            } else {
                try runProfile()
            }
        } catch let error as ProfileError {
            FileHandle.standardError.write(Data("Error: \(error)\n".utf8))
            throw ExitStatus.code(for: error)
        }
    }

    private func runProfile() throws {
        let request = try request()
        let outcome = try Profiler.profile(request, catalog: ToolConfiguration.current.catalog, host: HostProbe.probe())
        let directory = output ?? "profiles/\(outcome.caseID)"
        let files = try ProfileWriter.write(outcome, to: directory)
        let summary = (try? String(contentsOfFile: files.last ?? "", encoding: .utf8)) ?? ""
        print(summary, terminator: "")
    }

    private func runComparison() throws {
        let before = try Self.loadFolded(compare[0])
        let after = try Self.loadFolded(compare[1])
        let changes = DifferentialRanking.shareChanges(before: before, after: after)
        print(ProfileMarkdown.shareChanges(changes, beforeName: compare[0], afterName: compare[1]), terminator: "")
        if let output {
            let files = try ProfileWriter.writeComparison(
                before: (compare[0], before), after: (compare[1], after), to: output)
            print("\nwritten: \(files.joined(separator: ", "))")
        }
    }

    static func loadFolded(_ path: String) throws(ProfileError) -> StackProfile {
        guard FileManager.default.fileExists(atPath: path) else {
            throw .unreadable(path: path, reason: "no such file")
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        return try FoldedFormat.parse(text, source: path)
    }
}

/// `--side`: which runtimes to profile.
enum ProfileSide: String, ExpressibleByArgument, CaseIterable {
    case legacy, fixed, both

    var implementations: [Implementation] {
        switch self {
        case .legacy: [.legacy]
        case .fixed: [.fixed]
        case .both: [.legacy, .fixed]
        }
    }
}

extension ProfileEngineKind: ExpressibleByArgument {}

extension ExitStatus {
    /// The exit status for a profile that could not be taken, read or written.
    package static func code(for error: ProfileError) -> ExitCode {
        switch error {
        case .caseSelection, .unknownEvent, .multithreadedCase: usage
        case .malformedFolded: dataError
        case .unreadable: noInput
        case .unwritable: cannotCreate
        case .noSamplingEvent, .samplingFailed, .symbolsUnavailable, .valgrindUnavailable, .callgrindFailed:
            inconclusive
        }
    }
}
