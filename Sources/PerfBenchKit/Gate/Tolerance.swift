/// How far each figure of one case may move before the gate calls it a change.
///
/// Exact metrics (allocations, bytes, callgrind instructions) are deterministic over a pinned
/// workload, so their limits are below the smallest real change: one re-added lock (+15
/// instructions), one extra call (+5), one allocation per event. Sampled figures (time, paired
/// ratios) are judged on the natural log of their change against a band derived from the
/// baseline's measured noise: `max(minimumBand, noiseMultiple × log sd)` (see `Gate.md`).
public struct Tolerance: Sendable, Equatable {
    /// Growth limits of exact metrics, keyed by `Metric.id`.
    public var growth: [String: GrowthLimit]
    /// How many standard deviations of A/A noise a sampled figure may move.
    public var noiseMultiple: Double
    /// The narrowest band, as a log ratio (0.05 ≈ ±5 %), whatever the noise.
    public var minimumBand: Double
    /// The band when the baseline recorded no noise for a figure (a single-run baseline).
    public var bandWithoutNoise: Double
    /// Whether time and ratio drift are judged at all (the floor always is).
    public var judgesTimeDrift: Bool

    /// Tolerances with every field given; start from `defaults` to change one.
    public init(
        growth: [String: GrowthLimit], noiseMultiple: Double, minimumBand: Double, bandWithoutNoise: Double,
        judgesTimeDrift: Bool = true
    ) {
        self.growth = growth
        self.noiseMultiple = noiseMultiple
        self.minimumBand = minimumBand
        self.bandWithoutNoise = bandWithoutNoise
        self.judgesTimeDrift = judgesTimeDrift
    }

    /// The documented defaults (reasons in `Gate.md`).
    public static let defaults = Tolerance(
        growth: [
            // Exact over a pinned workload: anything at or above one unit per event is a change of code.
            Metric.allocations.id: GrowthLimit(absolute: 0.005, relative: 0),
            Metric.bytes.id: GrowthLimit(absolute: 0.5, relative: 0),
            Metric.instructions.id: GrowthLimit(absolute: 0.5, relative: 0),
            // The PMU's user-mode count is near-exact: interrupts and skid move it by a few per mille.
            Metric.counter("instructions").id: GrowthLimit(absolute: 2, relative: 0.003),
        ],
        // 6, not the 4 first chosen: eight quick gates of unchanged code measured each sampled figure's
        // move at 1.23 (speedup) to 1.61 (fixed/limit) moderated sds, up to 5.6 (Gate.md).
        noiseMultiple: 6, minimumBand: 0.05, bandWithoutNoise: log(1.5))

    /// The growth limit of an exact `metric`; nil for a metric the gate does not hold to one.
    public func growthLimit(_ metric: Metric) -> GrowthLimit? {
        growth[metric.id]
    }

    /// `self` with a case's declaration applied.
    func applying(_ declared: CaseTolerance) -> Tolerance {
        var result = self
        result.growth.merge(declared.growth) { _, declared in declared }
        result.judgesTimeDrift = declared.judgesTimeDrift
        return result
    }
}

#if canImport(Glibc)
import Glibc
#endif
