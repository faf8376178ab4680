/// Per-round ratios of two sides of a paired, interleaved measurement.
///
/// Round *i* measured both sides back to back, so noise common to both (a frequency change, a
/// neighbour on the host) cancels in their ratio.
package struct PairedRatio: Sendable, Equatable {
    /// `numerator[i] / denominator[i]` per round, in round order.
    package let ratios: [Double]

    /// Pairs two sides' per-event times round by round.
    ///
    /// - Precondition: both have the same non-zero count and every time is positive.
    package init(numerator: [Double], denominator: [Double]) {
        precondition(numerator.count == denominator.count && !numerator.isEmpty, "paired samples need equal counts")
        precondition(numerator.allSatisfy { $0 > 0 } && denominator.allSatisfy { $0 > 0 }, "times must be positive")
        ratios = zip(numerator, denominator).map { $0 / $1 }
    }

    /// legacy/fixed per round: above 1 when the fix is faster.
    package init(legacyNanosecondsPerEvent legacy: [Double], fixedNanosecondsPerEvent fixed: [Double]) {
        self.init(numerator: legacy, denominator: fixed)
    }

    /// The median ratio with a percentile-bootstrap interval (deterministic for `seed`).
    package func summary(confidence: Double = 0.95, resamples: Int = 2000, seed: UInt64) -> BootstrapInterval {
        BootstrapInterval.ofMedian(ratios, confidence: confidence, resamples: resamples, seed: seed)
    }
}
