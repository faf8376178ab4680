/// A distribution-free confidence interval for a median from order statistics: the interval
/// between the k-th smallest and k-th largest of n values, with k the largest rank for which the
/// binomial(n, ½) tail stays within the level. Needs no resampling and no distributional
/// assumption; with fewer than 6 values no interval narrower than the range has 95 % coverage.
package enum MedianInterval {
    /// The interval of the median of `values` at `confidence` (at least that coverage).
    ///
    /// - Precondition: `values` is not empty.
    package static func of(_ values: [Double], confidence: Double = 0.95) -> (low: Double, high: Double) {
        let sorted = Quantiles(values).sorted
        let n = sorted.count
        // P(X < k) for X ~ Binomial(n, 1/2); the interval [x(k), x(n-k+1)] (1-based) covers the
        // median with probability 1 - 2 P(X < k).
        // Terms in log space: P(X = 0) = 2^-n underflows for pooled runs of a thousand rounds.
        var k = 0
        var cumulative = 0.0
        var logProbability = Double(n) * log(0.5)  // log P(X = 0)
        for candidate in 1...n {
            cumulative += exp(logProbability)  // now P(X <= candidate - 1) = P(X < candidate)
            if 1 - 2 * cumulative < confidence { break }
            k = candidate
            logProbability += log(Double(n - candidate + 1) / Double(candidate))
        }
        guard k >= 1 else { return (sorted[0], sorted[n - 1]) }
        return (sorted[k - 1], sorted[n - k])
    }
}

#if canImport(Glibc)
import Glibc
#endif
