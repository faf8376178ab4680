/// How much a deterministic per-event metric may grow before the gate calls it a regression.
///
/// The allowance is the larger of an absolute amount and a fraction of the baseline value, so a
/// zero baseline (no allocations on a hot path) still has a strict, non-zero limit and a large one
/// is not held to a single unit.
public struct GrowthLimit: Codable, Sendable, Equatable {
    /// Allowed growth in the metric's own unit (allocations, bytes or instructions per event).
    public var absolute: Double
    /// Allowed growth as a fraction of the baseline value (0.02 = 2 %).
    public var relative: Double

    /// A limit of `absolute` units or `relative` × baseline, whichever is larger.
    public init(absolute: Double, relative: Double) {
        self.absolute = absolute
        self.relative = relative
    }

    /// The largest growth over `baseline` that still passes, in the metric's unit.
    public func allowance(over baseline: Double) -> Double {
        Swift.max(absolute, relative * Swift.abs(baseline))
    }
}
