/// E-divisive with means (Matteson and James 2014): finds the steps in a history series by
/// hierarchical bisection, keeping each split only if a permutation test says it is significant.
///
/// Each round scores every window between the change points found so far, takes the split with the
/// highest divergence Q̂ (see `DivergenceScan`), and shuffles the points *within* each window
/// `permutations` times to see how often chance alone scores as high. The p-value is
/// (1 + shuffles scoring at least as high) / (1 + permutations); at or below `significance` the
/// split becomes a change point and the search continues, otherwise it stops. The shuffles draw from
/// a `SplitMix64` seeded with `seed`, so one series always gives the same answer.
///
/// The method and the reasons for the defaults are in `History.md`.
package struct EDivisive: Sendable {
    /// The largest p-value a split may have and still count as a change point.
    package let significance: Double
    /// How many shuffled series the permutation test scores per round.
    package let permutations: Int
    /// The fewest points a segment may hold; 2 keeps a single outlier from being a step.
    package let minimumSegmentLength: Int
    /// α in the distance |a − b|^α, in 0<...2: 1 compares whole distributions and is the paper's default.
    package let exponent: Double
    /// Seed of the shuffles.
    package let seed: UInt64

    /// The defaults `History.md` explains: p ≤ 0.05 over 199 shuffles, segments of at least 2 points, α = 1.
    package static let standard = EDivisive(
        uncheckedSignificance: 0.05, permutations: 199, minimumSegmentLength: 2, exponent: 1, seed: 0x5EED_C4A9)

    /// A detector with other parameters.
    ///
    /// - Throws: `ChangePointError.invalidParameter` when `significance` is outside 0<..<1,
    ///   `permutations` < 1, `minimumSegmentLength` < 1 or `exponent` outside 0<...2.
    package init(
        significance: Double = 0.05, permutations: Int = 199, minimumSegmentLength: Int = 2, exponent: Double = 1,
        seed: UInt64 = 0x5EED_C4A9
    ) throws(ChangePointError) {
        guard significance > 0 && significance < 1 else {
            throw .invalidParameter(name: "significance", value: significance, expected: "0 < p < 1")
        }
        guard permutations >= 1 else {
            throw .invalidParameter(name: "permutations", value: Double(permutations), expected: "at least 1")
        }
        guard minimumSegmentLength >= 1 else {
            throw .invalidParameter(
                name: "minimumSegmentLength", value: Double(minimumSegmentLength), expected: "at least 1")
        }
        guard exponent > 0 && exponent <= 2 else {
            throw .invalidParameter(name: "exponent", value: exponent, expected: "0 < α ≤ 2")
        }
        self.init(
            uncheckedSignificance: significance, permutations: permutations,
            minimumSegmentLength: minimumSegmentLength, exponent: exponent, seed: seed)
    }

    private init(
        uncheckedSignificance: Double, permutations: Int, minimumSegmentLength: Int, exponent: Double, seed: UInt64
    ) {
        self.significance = uncheckedSignificance
        self.permutations = permutations
        self.minimumSegmentLength = minimumSegmentLength
        self.exponent = exponent
        self.seed = seed
    }

    /// The change points of `points` (oldest first), in index order, with the medians on either side.
    ///
    /// A series shorter than `2 × minimumSegmentLength` (fewer than 4 points by default) or without
    /// any variation has none.
    ///
    /// - Throws: `ChangePointError.nonFiniteValue` naming the first point that is NaN or infinite.
    /// - Complexity: O(r · p · n²) for n points, p permutations and r change points found (plus one
    ///   round that finds none).
    package func changePoints(in points: [HistoryPoint]) throws(ChangePointError) -> [ChangePoint] {
        if let bad = points.first(where: { !$0.value.isFinite }) {
            throw .nonFiniteValue(label: bad.label, value: bad.value)
        }
        let values = points.map(\.value)
        let found = splits(of: values)
        let boundaries = [0] + found.map(\.index) + [values.count]
        return found.enumerated().map { position, split in
            let before = Array(values[boundaries[position]..<split.index])
            let after = Array(values[split.index..<boundaries[position + 2]])
            return ChangePoint(
                index: split.index, label: points[split.index].label,
                medianBefore: Quantiles.median(of: before), medianAfter: Quantiles.median(of: after),
                pValue: split.pValue, statistic: split.statistic)
        }
    }

    /// A significant split: the first index after it, its Q̂ and its p-value.
    struct SignificantSplit: Equatable {
        var index: Int
        var statistic: Double
        var pValue: Double
    }

    /// The significant splits of `values`, in index order.
    func splits(of values: [Double]) -> [SignificantSplit] {
        guard values.count >= 2 * minimumSegmentLength else { return [] }
        let scan = DivergenceScan(values: values, exponent: exponent, minimumSegmentLength: minimumSegmentLength)
        let identity = Array(values.indices)
        var generator = SplitMix64(seed: seed)
        var boundaries = [0, values.count]
        var found: [SignificantSplit] = []
        while true {
            let windows = zip(boundaries, boundaries.dropFirst()).map { $0..<$1 }
            let candidates = windows.compactMap { scan.bestSplit(in: $0, order: identity) }
            // Nothing varies (a constant series or constant segments): no split can be a step.
            guard let best = candidates.max(by: { $0.statistic < $1.statistic }), best.statistic > 0 else { break }
            let pValue = permutationPValue(
                of: best.statistic, windows: windows, scan: scan, order: identity, generator: &generator)
            guard pValue <= significance else { break }
            found.append(SignificantSplit(index: best.index, statistic: best.statistic, pValue: pValue))
            boundaries.append(best.index)
            boundaries.sort()
        }
        return found.sorted { $0.index < $1.index }
    }

    /// The share of series — the observed one and `permutations` shuffles of it, each window shuffled
    /// on its own — whose best split scores at least `observed`.
    private func permutationPValue(
        of observed: Double, windows: [Range<Int>], scan: DivergenceScan, order: [Int],
        generator: inout SplitMix64
    ) -> Double {
        // A shuffle that reproduces the observed split sums the same distances in another order;
        // without this slack, rounding could make an equal score look smaller and the p-value too low.
        let threshold = observed * (1 - 1e-9)
        var shuffled = order
        var atLeastAsHigh = 0
        for _ in 0..<permutations {
            var highest = -Double.infinity
            for window in windows {
                Self.shuffle(&shuffled, in: window, generator: &generator)
                if let split = scan.bestSplit(in: window, order: shuffled) {
                    highest = Swift.max(highest, split.statistic)
                }
            }
            if highest >= threshold { atLeastAsHigh += 1 }
        }
        return Double(1 + atLeastAsHigh) / Double(1 + permutations)
    }

    /// Fisher–Yates over one window of `order`, drawing from `generator`.
    private static func shuffle(_ order: inout [Int], in window: Range<Int>, generator: inout SplitMix64) {
        var remaining = window.count
        while remaining > 1 {
            let pick = window.lowerBound + generator.nextIndex(below: remaining)
            order.swapAt(window.lowerBound + remaining - 1, pick)
            remaining -= 1
        }
    }
}
