import ArgumentParser
import Foundation
import PerfBenchKit

struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Measure a baseline to accept: several A/A runs, pooled, with each case's noise recorded.",
        discussion: """
            Runs the timing pass --runs times (A/A: the same build, one after another, each a process of its own), then the exact \
            passes (allocations, callgrind instructions) once. The baseline keeps every run's rounds pooled, \
            and per case the run-to-run spread of fixed and legacy time and of each paired ratio: the gate \
            derives each case's time and ratio limits from that spread (see Gate.md). Accept it on the \
            machine class CI runs on, after an intended change, and say why in the commit message.

            Examples:
              perfbench baseline --quick --output results/baseline-quick.json   # what ci/gate.sh reads
              perfbench baseline --runs 4 --output results/baseline.json        # the full run
            """
    )

    @Flag(help: "The quick plan (fewer rounds, shorter batches), as ci/gate.sh measures.")
    var quick = false

    @Option(help: "A/A timing runs to pool and measure the noise over (at least 2).")
    var runs = 8

    @Option(
        help: ArgumentHelp(
            "Only these cases (a glob with '*' or a substring, comma separated): for trying things out; an "
                + "accepted baseline holds every case.", valueName: "pattern"))
    var cases: String?

    @Option(help: ArgumentHelp("Where to write the baseline.", valueName: "file"))
    var output: String

    func validate() throws {
        if runs < 2 { throw ValidationError("--runs must be at least 2: noise needs two runs to be measured") }
    }

    func run() throws {
        try ExitStatus.run {
            var timed: [ResultsDocument] = []
            for index in 1...runs {
                RunCommand.printError("baseline: A/A run \(index) of \(runs), a process of its own")
                timed.append(try timingRunInOwnProcess())
            }
            RunCommand.printError("baseline: exact passes (allocations, instructions)")
            let exact = try execute(passes: [.allocations, .instructions])
            let resamples = timed[0].method?.interval.resamples ?? 1_000
            let baseline = NoiseCalibration.baseline(from: timed, resamples: resamples).addingExactFigures(from: exact)
            print(RunTable.render(baseline))
            try ResultsStore.save(baseline, to: output)
            RunCommand.printError("baseline written to \(output) (\(runs) A/A runs pooled, noise recorded per case)")
            return ExitStatus.pass
        }
    }

    /// One timing run in a fresh process of this executable (`run --timing-only`), as a gate's run is:
    /// the spread that matters is between processes. Eight runs in one process measured
    /// `group.route.selectLookup.n10`'s speedup within 1 % (log sd 0.010); three gates, each a new
    /// process, measured 14.05x, 13.36x and 12.48x, and the third was undecided against a 5 % band.
    private func timingRunInOwnProcess() throws -> ResultsDocument {
        guard let executable = CallgrindEngine.ownExecutable() else {
            RunCommand.printError("baseline: cannot resolve /proc/self/exe to start the A/A runs")
            throw ExitStatus.software
        }
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("perfbench-baseline-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).json").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        var arguments = ["run", "--timing-only", "--output", output]
        if quick { arguments.append("--quick") }
        if let cases { arguments += ["--cases", cases] }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            // The run printed its reason on the shared stderr; its status is this command's.
            RunCommand.printError("baseline: an A/A run exited with status \(process.terminationStatus)")
            throw ExitCode(process.terminationStatus)
        }
        return try ResultsStore.load(from: output)
    }

    /// One run of `passes` over every case; a case whose outputs disagreed is an internal error (exit 70).
    private func execute(passes: Set<RunPass>) throws -> ResultsDocument {
        let outcome = try RunPipeline.execute(
            RunRequest(pattern: cases, quick: quick, passes: passes), catalog: ToolConfiguration.current.catalog,
            progress: RunCommand.printError)
        if let failure = outcome.failures.first { throw failure }
        return outcome.document
    }
}
