/// The drift tolerances for one case.
///
/// The defaults are chosen for a noisy 2-core KVM guest with no PMU (see `Gate.md`): deterministic
/// metrics get a tight limit because they do not vary run to run; the speedup ratio is paired and
/// robust but still wobbles by ±15 % between quick runs, so it may fall by 25 %; absolute times,
/// compared only between comparable hosts and only when significant, may grow by 20 %.
public struct Tolerance: Sendable, Equatable {
    /// Allocations per event. Default: 0.05 allocations or 2 %, whichever is larger.
    public var allocsPerEvent: GrowthLimit
    /// Bytes allocated per event. Default: 8 bytes or 2 %.
    public var bytesPerEvent: GrowthLimit
    /// Callgrind instructions per event. Default: 10 instructions or 2 %.
    public var instructionsPerEvent: GrowthLimit
    /// How far the speedup median may fall below the baseline's, as a fraction (0.25 = 25 %).
    public var speedupDrop: Double
    /// How far the median ns/event may grow over the baseline's, as a fraction (0.20 = 20 %).
    public var timeGrowth: Double

    public init(
        allocsPerEvent: GrowthLimit, bytesPerEvent: GrowthLimit, instructionsPerEvent: GrowthLimit,
        speedupDrop: Double, timeGrowth: Double
    ) {
        self.allocsPerEvent = allocsPerEvent
        self.bytesPerEvent = bytesPerEvent
        self.instructionsPerEvent = instructionsPerEvent
        self.speedupDrop = speedupDrop
        self.timeGrowth = timeGrowth
    }

    /// The documented defaults.
    public static let defaults = Tolerance(
        allocsPerEvent: GrowthLimit(absolute: 0.05, relative: 0.02),
        bytesPerEvent: GrowthLimit(absolute: 8, relative: 0.02),
        instructionsPerEvent: GrowthLimit(absolute: 10, relative: 0.02),
        speedupDrop: 0.25,
        timeGrowth: 0.20
    )
}
