import PerfBenchKit

/// Where `perfbench check` finds the runner when it is not given `--current`.
///
/// nil until the runner (issue 5) provides a `ResultsProducing`; `check` then reports
/// `RunnerUnavailable` (exit 2) with the two-step workaround.
enum ResultsProducerWiring {
    static let producer: (any ResultsProducing)? = nil
}
