/// What the sampling event recorded for one side, and what it should have.
public struct SamplingTally: Sendable, Equatable {
    /// Samples read from the ring and attributed.
    public var samples: Int
    /// Samples the kernel dropped (ring full), from `PERF_RECORD_LOST`.
    public var lostSamples: UInt64
    /// `PERF_RECORD_THROTTLE` records: the kernel lowered the rate.
    public var throttleRecords: Int
    /// Records that did not fit their declared size, plus bytes after the last whole record.
    public var truncatedRecords: Int
    /// Samples of another thread (none expected: the event follows the calling thread only).
    public var foreignSamples: Int
    /// The event's count and times over the sampled batches.
    public var count: SamplingCount
    /// Samples the rate promises for that count (from the period and the count, or the frequency
    /// and the running time).
    public var expectedSamples: Double
}

/// One side's profile: stacks with the harness folded, and what one unit of them is worth.
public struct SideProfile: Sendable {
    /// Which runtime.
    public var implementation: Implementation
    /// Events the profiled batches ran.
    public var events: Int
    /// Stacks, root first, harness frames folded into `[harness]`.
    public var stacks: StackProfile
    /// What a stack's count counts: `samples` or `instructions`.
    public var countUnit: String
    /// What one count is worth, in `weightUnit` (nanoseconds per sample on the software clocks,
    /// events per sample on hardware events, 1 instruction per instruction).
    public var weightPerCount: Double
    /// The unit of `weightPerCount`: `ns`, an event name, or `instructions`.
    public var weightUnit: String
    /// The sampling figures (nil for callgrind).
    public var sampling: SamplingTally?
    /// Callgrind's `totals:` for the side (nil for sampling).
    public var totalInstructions: UInt64?

    /// Cost per event of `count` units, in `weightUnit`.
    public func perEvent(_ count: UInt64) -> Double {
        events > 0 ? Double(count) * weightPerCount / Double(events) : 0
    }
}

/// The result of `perfbench profile`: which engine ran and why, and each side's profile.
public struct ProfileOutcome: Sendable {
    /// The case id.
    public var caseID: String
    /// Its parameters.
    public var parameters: [String: Int]
    /// `sample` or `callgrind`.
    public var engine: ProfileEngineKind
    /// Why that engine, and for sampling which event at which rate (and why not the one asked).
    public var engineReason: String
    /// Facts a reader must know (fallbacks, lost samples, cut chains).
    public var notes: [String]
    /// One profile per side, in the order asked.
    public var sides: [SideProfile]

    /// The side profiled on `implementation`, if it was.
    public func side(_ implementation: Implementation) -> SideProfile? {
        sides.first { $0.implementation == implementation }
    }
}
