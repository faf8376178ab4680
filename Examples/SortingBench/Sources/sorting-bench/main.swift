import PerfBenchKit
import PerfbenchCLI

// Every start of this executable runs with the same catalog, whatever the arguments: `run --engine
// callgrind` and `profile --engine callgrind` re-run it under valgrind with hidden subcommands that
// look the cases up by id.
Perfbench.main(
    catalog: CaseCatalog(cases: [SortCase.standardVsCounting, KeyHashCase.formatVsStream, OverheadCase.identity]),
    commandName: "sorting-bench",
    abstract: "Two ways to sort bytes and two ways to hash a key: measured as pairs, and gated.")
