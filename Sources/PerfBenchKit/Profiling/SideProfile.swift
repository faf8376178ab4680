/// What the sampling event recorded for one side, and what it should have.
package struct SamplingTally: Sendable, Equatable {
    /// Samples read from the ring and attributed.
    package var samples: Int
    /// Samples the kernel dropped (ring full), from `PERF_RECORD_LOST`.
    package var lostSamples: UInt64
    /// `PERF_RECORD_THROTTLE` records: the kernel lowered the rate.
    package var throttleRecords: Int
    /// Records that did not fit their declared size, plus bytes after the last whole record.
    package var truncatedRecords: Int
    /// Samples of another thread (none expected: the event follows the calling thread only).
    package var foreignSamples: Int
    /// The event's count and times over the sampled batches.
    package var count: SamplingCount
    /// Samples the rate promises for that count (from the period and the count, or the frequency
    /// and the running time).
    package var expectedSamples: Double

    /// A tally from its parts (the sampler builds one; package-visible for tests).
    package init(
        samples: Int, lostSamples: UInt64, throttleRecords: Int, truncatedRecords: Int, foreignSamples: Int,
        count: SamplingCount, expectedSamples: Double
    ) {
        self.samples = samples
        self.lostSamples = lostSamples
        self.throttleRecords = throttleRecords
        self.truncatedRecords = truncatedRecords
        self.foreignSamples = foreignSamples
        self.count = count
        self.expectedSamples = expectedSamples
    }
}

/// One side's profile: stacks with the harness folded, and what one unit of them is worth.
package struct SideProfile: Sendable {
    /// Which runtime.
    package var implementation: Implementation
    /// Events the profiled batches ran.
    package var events: Int
    /// Stacks, root first, harness frames folded into `[harness]`.
    package var stacks: StackProfile
    /// What a stack's count counts: `samples` or `instructions`.
    package var countUnit: String
    /// What one count is worth, in `weightUnit` (nanoseconds per sample on the software clocks,
    /// events per sample on hardware events, 1 instruction per instruction).
    package var weightPerCount: Double
    /// The unit of `weightPerCount`: `ns`, an event name, or `instructions`.
    package var weightUnit: String
    /// The sampling figures (nil for callgrind).
    package var sampling: SamplingTally?
    /// Callgrind's `totals:` for the side (nil for sampling).
    package var totalInstructions: UInt64?

    /// Cost per event of `count` units, in `weightUnit`.
    package func perEvent(_ count: UInt64) -> Double {
        events > 0 ? Double(count) * weightPerCount / Double(events) : 0
    }

    /// A side profile from its parts (the engines build one; package-visible for tests).
    package init(
        implementation: Implementation, events: Int, stacks: StackProfile, countUnit: String, weightPerCount: Double,
        weightUnit: String, sampling: SamplingTally?, totalInstructions: UInt64?
    ) {
        self.implementation = implementation
        self.events = events
        self.stacks = stacks
        self.countUnit = countUnit
        self.weightPerCount = weightPerCount
        self.weightUnit = weightUnit
        self.sampling = sampling
        self.totalInstructions = totalInstructions
    }
}

/// The result of `perfbench profile`: which engine ran and why, and each side's profile.
package struct ProfileOutcome: Sendable {
    /// The case id.
    package var caseID: String
    /// Its parameters.
    package var parameters: [String: Int]
    /// `sample` or `callgrind`.
    package var engine: ProfileEngineKind
    /// Why that engine, and for sampling which event at which rate (and why not the one asked).
    package var engineReason: String
    /// Facts a reader must know (fallbacks, lost samples, cut chains).
    package var notes: [String]
    /// One profile per side, in the order asked.
    package var sides: [SideProfile]

    /// The side profiled on `implementation`, if it was.
    package func side(_ implementation: Implementation) -> SideProfile? {
        sides.first { $0.implementation == implementation }
    }

    /// An outcome from its parts (the profiler builds one; package-visible for tests).
    package init(
        caseID: String, parameters: [String: Int], engine: ProfileEngineKind, engineReason: String, notes: [String],
        sides: [SideProfile]
    ) {
        self.caseID = caseID
        self.parameters = parameters
        self.engine = engine
        self.engineReason = engineReason
        self.notes = notes
        self.sides = sides
    }
}
