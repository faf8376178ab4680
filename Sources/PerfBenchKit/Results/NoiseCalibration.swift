#if canImport(Glibc)
import Glibc
#endif

/// Turns several A/A runs of one build into an accepted baseline: the runs' rounds pooled, and per
/// case the run-to-run spread of each sampled figure the gate judges — the noise its bands derive
/// from (`Gate.md`).
package enum NoiseCalibration {
    /// The pooled document with `noise` recorded per case.
    ///
    /// - Parameters:
    ///   - runs: A/A runs of the same build on one host, the first carrying the exact passes.
    ///   - resamples: bootstrap resamples for the pooled ratios.
    /// - Precondition: `runs` is not empty.
    package static func baseline(from runs: [ResultsDocument], resamples: Int) -> ResultsDocument {
        precondition(!runs.isEmpty, "a baseline needs at least one run")
        var pooled = runs[0]
        for run in runs.dropFirst() {
            pooled = pooled.pooling(run, resamples: resamples)
        }
        guard runs.count >= 2 else { return pooled }
        for index in pooled.cases.indices {
            let id = pooled.cases[index].id
            let perRun = runs.compactMap { $0.result(for: id) }
            pooled.cases[index].noise = noise(of: perRun)
        }
        return pooled
    }

    /// The standard deviation of the log of each run's figure, per noise key; figures fewer than
    /// two runs measured are left out.
    static func noise(of runs: [CaseResult]) -> CaseNoise {
        var logSD: [String: Double] = [:]
        for side in Side.allCases {
            let medians = runs.compactMap { $0[side]?.value(.time) }
            if let sd = logStandardDeviation(medians) { logSD[NoiseKey.time(side)] = sd }
        }
        for metric in Metric.ratios {
            let medians = runs.compactMap { $0.ratio(metric)?.median }
            if let sd = logStandardDeviation(medians) { logSD[NoiseKey.ratio(metric)] = sd }
        }
        return CaseNoise(runs: runs.count, logSD: logSD)
    }

    /// Sample standard deviation of `log(values)`; nil with fewer than two positive values.
    static func logStandardDeviation(_ values: [Double]) -> Double? {
        let logs = values.filter { $0 > 0 }.map { log($0) }
        guard logs.count >= 2 else { return nil }
        let mean = logs.reduce(0, +) / Double(logs.count)
        let variance = logs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(logs.count - 1)
        return variance.squareRoot()
    }
}
