/// The per-round legacy/fixed ratios of a paired, interleaved measurement.
///
/// Round *i* measured both implementations back to back, so noise common to both (a frequency
/// change, a neighbour on the host) cancels in their ratio. The ratio is above 1 when the fix is faster.
public struct PairedRatio: Sendable, Equatable {
    /// `legacy[i] / fixed[i]` per round, in round order.
    public let legacyOverFixed: [Double]

    /// Pairs `legacy` and `fixed` per-event times round by round.
    ///
    /// - Precondition: both have the same non-zero count and every time is positive.
    public init(legacyNanosecondsPerEvent legacy: [Double], fixedNanosecondsPerEvent fixed: [Double]) {
        precondition(legacy.count == fixed.count && !legacy.isEmpty, "paired samples need equal, non-zero counts")
        precondition(fixed.allSatisfy { $0 > 0 } && legacy.allSatisfy { $0 > 0 }, "per-event times must be positive")
        legacyOverFixed = zip(legacy, fixed).map { $0 / $1 }
    }

    /// The median ratio with a percentile-bootstrap interval (deterministic for `seed`).
    public func summary(confidence: Double = 0.95, resamples: Int = 2000, seed: UInt64) -> BootstrapInterval {
        BootstrapInterval.ofMedian(legacyOverFixed, confidence: confidence, resamples: resamples, seed: seed)
    }
}
