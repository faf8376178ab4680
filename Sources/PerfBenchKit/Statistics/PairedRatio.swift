/// Ratios of two sides of a paired, interleaved measurement, one per rotation block of rounds.
///
/// Round *i* measured every side back to back, so noise common to both (a frequency change, a
/// neighbour on the host) cancels in their ratio. The order rotates from round to round, so the side
/// that goes first in a round is the one that went last in the previous round, and runs warm while
/// the others start in caches it filled: a single round's ratio carries that position's bias. A
/// block of as many rounds as there are sides holds every side in every position once, and the
/// ratio of the block's sums cancels it. (`lb.update.metrics.n5000` on an EPYC host: per-round
/// ratios had a median of 1.09 with legacy first and 2.77 with fixed first, and the median of that
/// mix an interval of [1.09, 2.60]; by block, the next run measured [2.24, 2.66].)
package struct PairedRatio: Sendable, Equatable {
    /// `Σ numerator / Σ denominator` per block of `roundsPerBlock` consecutive rounds, in round
    /// order; trailing rounds that do not fill a block are left out.
    package let ratios: [Double]

    /// Pairs two sides' per-event times by rotation block.
    ///
    /// - Parameter roundsPerBlock: the rotation's period, the number of sides timed together (1
    ///   pairs round by round). With fewer rounds than one block, rounds are paired one by one.
    /// - Precondition: both have the same non-zero count and every time is positive.
    package init(numerator: [Double], denominator: [Double], roundsPerBlock: Int = 1) {
        precondition(numerator.count == denominator.count && !numerator.isEmpty, "paired samples need equal counts")
        precondition(numerator.allSatisfy { $0 > 0 } && denominator.allSatisfy { $0 > 0 }, "times must be positive")
        precondition(roundsPerBlock >= 1, "a block holds at least one round")
        let period = numerator.count >= roundsPerBlock ? roundsPerBlock : 1
        ratios = stride(from: 0, through: numerator.count - period, by: period).map { start in
            let rounds = start..<(start + period)
            return numerator[rounds].reduce(0, +) / denominator[rounds].reduce(0, +)
        }
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
