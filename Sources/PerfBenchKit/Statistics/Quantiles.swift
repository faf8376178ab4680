/// Order statistics of a sample.
///
/// Quantiles interpolate linearly between the closest ranks (Hyndman and Fan type 7, the
/// default of R and NumPy), so the median of an even-sized sample is the mean of the two middle values.
package struct Quantiles: Sendable, Equatable {
    /// The sample in ascending order.
    package let sorted: [Double]

    /// Sorts `values` once; every quantile afterwards is O(1).
    ///
    /// - Precondition: `values` is not empty and holds no NaN.
    package init(_ values: [Double]) {
        precondition(!values.isEmpty, "quantiles of an empty sample")
        precondition(!values.contains(where: \.isNaN), "quantiles of a sample containing NaN")
        sorted = values.sorted()
    }

    /// The `p`-quantile, `p` in 0...1.
    package func value(at p: Double) -> Double {
        precondition((0...1).contains(p), "quantile \(p) outside 0...1")
        let position = p * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = Swift.min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
    }

    package var median: Double { value(at: 0.5) }
    package var p25: Double { value(at: 0.25) }
    package var p75: Double { value(at: 0.75) }
    package var min: Double { sorted[0] }
    package var max: Double { sorted[sorted.count - 1] }
    package var count: Int { sorted.count }

    /// The median of `values` without keeping the sorted copy.
    package static func median(of values: [Double]) -> Double {
        Quantiles(values).median
    }
}
