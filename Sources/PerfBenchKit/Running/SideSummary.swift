/// Turns one side's timed batches into its sampled metrics and raw rounds.
enum SideSummary {
    /// The sampled metrics (time, CPU time, each counter) and the raw per-round figures.
    ///
    /// - Parameter counterNames: the engine's counters, in `BatchSample.counters` order.
    static func sideResult(_ samples: [BatchSample], counterNames: [String]) -> SideResult {
        var rounds = RoundSamples(batchEvents: samples.map(\.events))
        rounds.perEvent[Metric.time.id] = samples.map(wallNanosecondsPerEvent)
        rounds.perEvent[Metric.cpuTime.id] = samples.map {
            rounded(Double($0.cpuNanoseconds) / Double($0.events))
        }
        for (position, name) in counterNames.enumerated() {
            rounds.perEvent[Metric.counter(name).id] = samples.map {
                rounded($0.counters[position] / Double($0.events))
            }
        }
        return SideResult(metrics: summaries(of: rounds), rounds: rounds)
    }

    /// Each sampled metric of `rounds` summarized over its rounds (median and spread).
    static func summaries(of rounds: RoundSamples) -> [String: MetricValue] {
        var metrics: [String: MetricValue] = [:]
        for (id, values) in rounds.perEvent where !values.isEmpty {
            guard let metric = Metric(id: id) else { continue }
            metrics[id] = .sampled(values, metric: metric)
        }
        return metrics
    }

    /// Wall nanoseconds per event of one batch (a batch that read 0 ns counts as 1 ns: ratios stay finite).
    static func wallNanosecondsPerEvent(_ sample: BatchSample) -> Double {
        rounded(Double(max(sample.wallNanoseconds, 1)) / Double(sample.events))
    }

    /// Four significant digits: per-round figures are far noisier than that, and files stay small.
    static func rounded(_ value: Double) -> Double {
        guard value.isFinite, value != 0 else { return value }
        let scale = pow(10, 3 - floor(log10(abs(value))))
        return (value * scale).rounded() / scale
    }
}

#if canImport(Glibc)
    import Glibc
#endif
