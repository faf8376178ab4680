/// The catalog's typical A/A noise per figure, toward which each case's own estimate is moderated.
///
/// A standard deviation from a handful of A/A runs is itself a noisy estimate, and the gate's band
/// is a multiple of it: a case whose runs happened to agree gets a band far narrower than the noise a
/// gate meets. Measured: `group.markHealth.byIndex.n255` recorded a speedup log sd of 0.008 over 8
/// A/A runs (band: the 5 % minimum), then measured −12.5 % in the gate of a fresh checkout at
/// another path, and 6.55×–7.17× (log range 0.09) over six processes of two builds an hour later.
///
/// The moderation is empirical-Bayes variance shrinkage (Smyth 2004, as in limma):
/// `s̃² = (d₀·s₀² + d·s²) / (d₀ + d)`, where `s²` is the case's own variance over `d = runs − 1`
/// degrees of freedom, `s₀²` the median of that figure's variance over the baseline's time-judged
/// cases, and `d₀ = d`: the catalog's typical case weighs as much as the case's own runs. A case
/// that is truly quieter than the catalog keeps a band below the typical one (never below
/// `1/√2` of it); a case noisier than its runs showed is no longer judged on luck.
package struct NoisePrior: Sendable, Equatable {
    /// Per `NoiseKey`, the median over cases of the recorded log-sd squared.
    package var pooledVariance: [String: Double]

    package init(pooledVariance: [String: Double]) {
        self.pooledVariance = pooledVariance
    }

    /// The prior of a baseline: every case with recorded noise whose time the gate judges (cases that
    /// opt out, such as the two-thread ones, would swamp the median).
    package init(baseline: ResultsDocument) {
        var variances: [String: [Double]] = [:]
        for result in baseline.cases where result.tolerance?.judgesTimeDrift ?? true {
            for (key, sd) in result.noise?.logSD ?? [:] where sd.isFinite {
                variances[key, default: []].append(sd * sd)
            }
        }
        pooledVariance = variances.compactMapValues { values in
            guard !values.isEmpty else { return nil }
            let sorted = values.sorted()
            let middle = sorted.count / 2
            return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
        }
    }

    /// The moderated log sd of `key` for a case with `noise`, or the case's own when the prior has
    /// nothing for that figure.
    package func moderatedSD(_ key: String, noise: CaseNoise) -> Double? {
        guard let sd = noise.logSD[key] else { return nil }
        guard let prior = pooledVariance[key] else { return sd }
        let own = Double(max(noise.runs - 1, 1))
        let priorWeight = own
        return ((priorWeight * prior + own * sd * sd) / (priorWeight + own)).squareRoot()
    }
}
