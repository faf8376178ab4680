import Foundation

/// The split search at the heart of E-divisive: for one window of a series, the split that
/// maximises Matteson and James's divergence statistic Q̂, in O(n²) for a window of n points.
///
/// For a window split into X (the first m points) and Y (the other k), with α-distances
/// d(a, b) = |a − b|^α:
///
///     Ê = 2/(m·k) Σ d(Xi, Yj) − 1/C(m,2) Σ_{i<j} d(Xi, Xj) − 1/C(k,2) Σ_{i<j} d(Yi, Yj)
///     Q̂ = m·k/(m + k) · Ê
///
/// The window's end plays the role of the paper's κ (the right end of Y); as in MongoDB's
/// implementation, κ is not searched, which keeps the scan quadratic.
struct DivergenceScan {
    /// The best split of one window: `index` is the first point of Y.
    struct Split: Equatable {
        var index: Int
        var statistic: Double
    }

    /// Row-major |values[i] − values[j]|^α for every pair, computed once; permutations only reorder it.
    private let distances: [Double]
    private let count: Int
    private let minimumSegmentLength: Int

    init(values: [Double], exponent: Double, minimumSegmentLength: Int) {
        count = values.count
        self.minimumSegmentLength = minimumSegmentLength
        var distances = [Double](repeating: 0, count: values.count * values.count)
        for i in values.indices {
            for j in values.indices where j > i {
                let gap = Swift.abs(values[i] - values[j])
                let distance = exponent == 1 ? gap : pow(gap, exponent)
                distances[i * values.count + j] = distance
                distances[j * values.count + i] = distance
            }
        }
        self.distances = distances
    }

    /// The best split of `window`, reading the series in the order `order` (a permutation of the
    /// point indices; the identity for the observed series). Nil when the window is too short to
    /// leave `minimumSegmentLength` points on each side.
    func bestSplit(in window: Range<Int>, order: [Int]) -> Split? {
        let length = window.count
        guard length >= 2 * minimumSegmentLength else { return nil }
        return distances.withUnsafeBufferPointer { d in
            order.withUnsafeBufferPointer { o in
                scan(window: window, distances: d, order: o)
            }
        }
    }

    private func scan(
        window: Range<Int>, distances d: UnsafeBufferPointer<Double>, order o: UnsafeBufferPointer<Int>
    ) -> Split? {
        let start = window.lowerBound, end = window.upperBound
        // Start with X empty: every pair of the window is inside Y.
        var withinX = 0.0, withinY = 0.0, between = 0.0
        for i in start..<end {
            let row = o[i] * count
            for j in (i + 1)..<end { withinY += d[row + o[j]] }
        }
        var best: Split?
        // Move one point at a time from the front of Y to the back of X.
        for moved in start..<(end - minimumSegmentLength) {
            let row = o[moved] * count
            var toX = 0.0, toY = 0.0
            for i in start..<moved { toX += d[row + o[i]] }
            for j in (moved + 1)..<end { toY += d[row + o[j]] }
            withinX += toX
            withinY -= toY
            between += toY - toX
            let m = moved + 1 - start, k = end - moved - 1
            guard m >= minimumSegmentLength else { continue }
            let statistic = Self.statistic(between: between, withinX: withinX, withinY: withinY, m: m, k: k)
            if best.map({ statistic > $0.statistic }) ?? true {
                best = Split(index: moved + 1, statistic: statistic)
            }
        }
        return best
    }

    /// Q̂ from the three distance sums. A one-point segment has no pairs; its within term is 0.
    private static func statistic(between: Double, withinX: Double, withinY: Double, m: Int, k: Int) -> Double {
        let mm = Double(m), kk = Double(k)
        let pairsX = mm * (mm - 1) / 2, pairsY = kk * (kk - 1) / 2
        let energy =
            2 * between / (mm * kk) - (pairsX > 0 ? withinX / pairsX : 0) - (pairsY > 0 ? withinY / pairsY : 0)
        return mm * kk / (mm + kk) * energy
    }
}
