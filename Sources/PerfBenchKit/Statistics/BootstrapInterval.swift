import ComputeRuntime

/// A percentile-bootstrap confidence interval for the median of a sample.
///
/// Resamples the sample with replacement `resamples` times (drawing indices from a `SplitMix64`
/// seeded with `seed`, so the interval is reproducible), takes each resample's median, and reports
/// the `(1 - confidence) / 2` and `(1 + confidence) / 2` quantiles of those medians.
package struct BootstrapInterval: Sendable, Equatable {
    /// The median of the original sample.
    package let median: Double
    package let low: Double
    package let high: Double
    /// E.g. 0.95.
    package let confidence: Double
    /// Size of the original sample.
    package let sampleCount: Int

    /// Computes the interval.
    ///
    /// - Precondition: `sample` is not empty, `confidence` in 0<..<1, `resamples > 0`.
    package static func ofMedian(
        _ sample: [Double], confidence: Double = 0.95, resamples: Int = 2000, seed: UInt64
    ) -> BootstrapInterval {
        precondition(!sample.isEmpty, "bootstrap of an empty sample")
        precondition(confidence > 0 && confidence < 1, "confidence \(confidence) outside 0<..<1")
        precondition(resamples > 0, "bootstrap needs at least one resample")
        var generator = SplitMix64(seed: seed)
        var medians: [Double] = []
        medians.reserveCapacity(resamples)
        var resample = [Double](repeating: 0, count: sample.count)
        for _ in 0..<resamples {
            for slot in resample.indices {
                resample[slot] = sample[generator.nextIndex(below: sample.count)]
            }
            medians.append(Quantiles(resample).median)
        }
        let distribution = Quantiles(medians)
        let tail = (1 - confidence) / 2
        return BootstrapInterval(
            median: Quantiles(sample).median,
            low: distribution.value(at: tail),
            high: distribution.value(at: 1 - tail),
            confidence: confidence,
            sampleCount: sample.count
        )
    }
}
