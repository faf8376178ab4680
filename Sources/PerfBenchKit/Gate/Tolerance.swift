/// The drift tolerances for one case.
///
/// The defaults are chosen for a noisy, shared 2-core KVM guest with no PMU (see `Gate.md`):
/// deterministic metrics get a tight limit because they do not vary run to run; the paired speedup
/// ratio cancels load common to both sides but still moves between runs (cache and frequency effects
/// hit a memory-bound legacy walk and an O(1) fix differently), so it may fall by 30 %; absolute
/// times move with every neighbour's load, so they are only a backstop for slowdowns the ratio
/// cannot see (a change to code both sides share) and may grow by 50 %.
public struct Tolerance: Sendable, Equatable {
    /// Allocations per event. Default: 0.05 allocations or 2 %, whichever is larger.
    public var allocsPerEvent: GrowthLimit
    /// Bytes allocated per event. Default: 8 bytes or 2 %.
    public var bytesPerEvent: GrowthLimit
    /// Callgrind instructions per event. Default: 10 instructions or 2 %.
    public var instructionsPerEvent: GrowthLimit
    /// How far the speedup median may fall below the baseline's, as a fraction (0.30 = 30 %).
    public var speedupDrop: Double
    /// How far the median ns/event may grow over the baseline's, as a fraction (0.50 = 50 %).
    public var timeGrowth: Double

    /// Tolerances with every field given; start from `defaults` to change one.
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
        speedupDrop: 0.30,
        timeGrowth: 0.50
    )
}
