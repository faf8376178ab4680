#if canImport(Glibc)
import Glibc
#endif

/// Sampled figures — the candidate's time and the paired ratios — against the band the baseline's
/// measured noise allows. Only between identical host identities: the same build runs 2.5–3.4×
/// apart on two CPUs of one kind, and even its speedups move by a third.
extension Gate {
    /// One sampled figure as the gate reads it: a point estimate and the run's own interval of it.
    struct SampledFigure {
        var median: Double
        var low: Double
        var high: Double
    }

    /// Fixed time, speedup and fixed/limit against the baseline.
    func sampledDriftChecks(
        _ currentCase: CaseResult, speedup: RatioSummary?, baseline: CaseResult, tolerance: Tolerance,
        context: CaseContext
    ) -> [RuleCheck] {
        let candidateSide: Side = candidate == .fixed ? .fixed : .legacy
        var figures: [(key: String, polarity: Metric.Polarity, now: SampledFigure?, then: Double?)] = [
            (
                NoiseKey.time(.fixed), .lowerIsBetter, Self.timeFigure(currentCase[candidateSide]),
                baseline.fixed.value(.time)
            ),
            (NoiseKey.ratio(.speedup), .higherIsBetter, speedup.map(Self.ratioFigure), baseline.speedup?.median),
        ]
        if candidate == .fixed {
            figures.append(
                (
                    NoiseKey.ratio(.limitRatio), .lowerIsBetter, currentCase.ratio(.limitRatio).map(Self.ratioFigure),
                    baseline.ratio(.limitRatio)?.median
                ))
        }
        return figures.compactMap { figure in
            guard figure.then != nil || figure.now != nil else { return nil }
            return bandCheck(
                .sampledDrift(figure.key), key: figure.key, polarity: figure.polarity, now: figure.now,
                then: figure.then, noise: baseline.noise, prior: context.noisePrior, tolerance: tolerance,
                sameHost: context.sameHost)
        }
    }

    /// Legacy's exact figures (any host) and its time (same identity), in either direction.
    ///
    /// Where both runs counted legacy's instructions exactly, they decide whether the "before"
    /// changed, and a move of legacy's time alone is a note: a slow legacy side's time can shift
    /// between processes of one binary by more than eight A/A runs show (a 54 µs legacy select
    /// measured 44 µs in the next process, its instructions identical to the unit).
    func legacyMovedChecks(
        _ currentCase: CaseResult, baseline: CaseResult, tolerance: Tolerance, context: CaseContext
    ) -> [RuleCheck] {
        var checks = legacyExactChecks(currentCase, baseline: baseline, tolerance: tolerance)
        let key = NoiseKey.time(.legacy)
        let instructionsDecide = [currentCase.legacy, baseline.legacy].allSatisfy { $0.value(.instructions) != nil }
        if let then = baseline.legacy.value(.time) {
            let check = bandCheck(
                .legacyMoved(Metric.time.id), key: key, polarity: .lowerIsBetter,
                now: Self.timeFigure(currentCase.legacy),
                then: then, noise: baseline.noise, prior: context.noisePrior, tolerance: tolerance,
                sameHost: context.sameHost)
            switch check.status {
            case _ where instructionsDecide && [.regressed, .improved, .inconclusive].contains(check.status):
                checks.append(
                    RuleCheck(
                        rule: check.rule, status: .notApplicable,
                        detail: "not judged: legacy's exact instructions decide whether the before changed; "
                            + check.detail,
                        change: check.change))
            case .regressed, .improved:
                checks.append(
                    RuleCheck(
                        rule: check.rule, status: .moved, detail: "baseline moved: legacy changed: " + check.detail,
                        change: check.change))
            default:
                checks.append(check)
            }
        }
        return checks
    }

    /// The band a figure may move within: `max(minimumBand, noiseMultiple × moderated log sd)`
    /// (`NoisePrior`), or the fallback when the baseline measured no noise for it.
    static func band(
        _ key: String, noise: CaseNoise?, prior: NoisePrior, tolerance: Tolerance
    ) -> (logBand: Double, source: String) {
        guard let noise, let sd = prior.moderatedSD(key, noise: noise) else {
            return (tolerance.bandWithoutNoise, "no noise recorded")
        }
        let fromNoise = tolerance.noiseMultiple * sd
        if fromNoise >= tolerance.minimumBand {
            let pooled = prior.pooledVariance[key].map {
                " moderated toward the catalog's \(NumberFormat.value($0.squareRoot()))"
            }
            return (
                fromNoise,
                "\(NumberFormat.value(tolerance.noiseMultiple))×sd of \(noise.runs) A/A runs\(pooled ?? "")"
            )
        }
        return (tolerance.minimumBand, "minimum band")
    }

    /// Regressed when the run's whole interval lies beyond the band on the worse side; inconclusive
    /// when only the median does (too noisy: a re-measure pools rounds); improved symmetrically.
    private func bandCheck(
        _ rule: GateRule, key: String, polarity: Metric.Polarity, now: SampledFigure?, then: Double?,
        noise: CaseNoise?, prior: NoisePrior, tolerance: Tolerance, sameHost: Bool
    ) -> RuleCheck {
        guard tolerance.judgesTimeDrift else {
            return RuleCheck(rule: rule, status: .notApplicable, detail: "not judged: see the case's tolerance")
        }
        guard sameHost else {
            return RuleCheck(rule: rule, status: .notApplicable, detail: "host identity differs")
        }
        guard let then, then > 0 else {
            return RuleCheck(rule: rule, status: .notApplicable, detail: "\(key) not in the baseline")
        }
        guard let now, now.median > 0, now.low > 0 else {
            return RuleCheck(rule: rule, status: .inconclusive, detail: "\(key) in the baseline, not measured here")
        }
        let (band, source) = Self.band(key, noise: noise, prior: prior, tolerance: tolerance)
        // Worse is up for lower-is-better figures; flip the sign so "worse" is always positive.
        let sign = polarity == .lowerIsBetter ? 1.0 : -1.0
        let median = sign * log(now.median / then)
        let nearest = sign * log((polarity == .lowerIsBetter ? now.low : now.high) / then)
        let farthest = sign * log((polarity == .lowerIsBetter ? now.high : now.low) / then)
        let change = now.median / then - 1
        // The band is symmetric in log space, so in percent it is not: a 29.3 % band upward is
        // −22.7 % downward. Printing both keeps a −26.6 % drop from reading as inside "±29.3 %".
        let figures =
            "\(key) \(NumberFormat.value(then)) → \(NumberFormat.value(now.median)) (\(NumberFormat.percent(change)), "
            + "interval [\(NumberFormat.value(now.low)), \(NumberFormat.value(now.high))], band "
            + "[\(NumberFormat.percent(exp(-band) - 1)), \(NumberFormat.percent(exp(band) - 1))] from \(source))"
        if nearest > band { return RuleCheck(rule: rule, status: .regressed, detail: figures, change: change) }
        if median > band {
            return RuleCheck(
                rule: rule, status: .inconclusive, detail: figures + ": too noisy", change: change, tooNoisy: true)
        }
        if farthest < -band { return RuleCheck(rule: rule, status: .improved, detail: figures, change: change) }
        return RuleCheck(rule: rule, status: .pass, detail: figures, change: change)
    }

    /// A side's median time with the distribution-free interval of that median, from its raw rounds
    /// (or the interquartile range when a file kept none).
    static func timeFigure(_ side: SideResult?) -> SampledFigure? {
        guard let side, let time = side[.time] else { return nil }
        let interval = side.medianInterval(.time)
        return SampledFigure(median: time.value, low: interval?.low ?? time.value, high: interval?.high ?? time.value)
    }

    static func ratioFigure(_ ratio: RatioSummary) -> SampledFigure {
        SampledFigure(median: ratio.median, low: ratio.ciLow, high: ratio.ciHigh)
    }
}
