import ArgumentParser
import PerfBenchKit

struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Measure a baseline to accept: several A/A runs, pooled, with each case's noise recorded.",
        discussion: """
            Runs the timing pass --runs times (A/A: the same build, one after another), then the exact \
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
                RunCommand.printError("baseline: A/A run \(index) of \(runs)")
                timed.append(try execute(passes: [.timing]))
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

    /// One run of `passes` over every case; a case whose outputs disagreed is an internal error (exit 70).
    private func execute(passes: Set<RunPass>) throws -> ResultsDocument {
        let outcome = try RunPipeline.execute(
            RunRequest(pattern: cases, quick: quick, passes: passes), catalog: ToolConfiguration.current.catalog,
            progress: RunCommand.printError)
        if let failure = outcome.failures.first { throw failure }
        return outcome.document
    }
}
