/// The paired ratios of a case, from its sides' raw rounds: speedup (legacy/fixed) and, when the
/// case has a limit kernel, fixed/limit.
enum CaseRatios {
    /// Which sides each ratio divides.
    static let definitions: [(metric: Metric, numerator: Side, denominator: Side)] = [
        (.speedup, .legacy, .fixed), (.limitRatio, .fixed, .limit),
    ]

    /// The ratios `result`'s rounds support, keyed by metric id; a ratio whose sides were not both
    /// timed over the same rounds is left out. Rounds are paired by rotation block (`PairedRatio`):
    /// as many rounds as the case timed sides, which `PairedRunner` runs in whole blocks.
    static func compute(for result: CaseResult, resamples: Int) -> [String: RatioSummary] {
        var ratios: [String: RatioSummary] = [:]
        let timedSides = result.sides.filter { result[$0]?.rounds?[.time] != nil }.count
        for definition in definitions {
            guard let numerator = result[definition.numerator]?.rounds?[.time],
                let denominator = result[definition.denominator]?.rounds?[.time],
                numerator.count == denominator.count, !numerator.isEmpty
            else { continue }
            let interval = PairedRatio(numerator: numerator, denominator: denominator, roundsPerBlock: timedSides)
                .summary(resamples: resamples, seed: seed(for: result.id, metric: definition.metric))
            var summary = RatioSummary(interval)
            summary.rounds = numerator.count
            ratios[definition.metric.id] = summary
        }
        return ratios
    }

    /// A bootstrap seed derived from the case id (and the ratio, past the first), so re-running a
    /// case reproduces its interval computation exactly; only the samples differ.
    static func seed(for caseID: String, metric: Metric) -> UInt64 {
        var digest = OutputDigest()
        for byte in caseID.utf8 { digest.add(UInt64(byte)) }
        if metric != .speedup {
            for byte in metric.id.utf8 { digest.add(UInt64(byte)) }
        }
        return digest.value
    }
}
