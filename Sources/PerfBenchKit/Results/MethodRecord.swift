/// How a run produced its figures, so a reader can judge them without the source: the round plan,
/// the pinned event counts of the exact passes, and the interval method.
package struct MethodRecord: Codable, Sendable, Equatable {
    /// Paired rounds per case (fewer when a case is slow), at least `minRounds`.
    package var rounds: Int
    package var minRounds: Int
    /// Wall time a calibrated batch aims at.
    package var targetBatchNanoseconds: UInt64
    /// Cap on one case's timed rounds.
    package var maxTimedNanosecondsPerCase: UInt64
    /// Events both sides run untimed before timing; their outputs must agree.
    package var digestEvents: Int
    /// Events the allocation pass counts per side (a case may cap it; see its `events`).
    package var allocationEvents: Int
    /// How each ratio's interval is computed.
    package var interval: IntervalMethod

    package init(plan: RoundPlan) {
        rounds = plan.rounds
        minRounds = plan.minRounds
        targetBatchNanoseconds = plan.targetBatchNanoseconds
        maxTimedNanosecondsPerCase = plan.maxTimedNanosecondsPerCase
        digestEvents = plan.digestEvents
        allocationEvents = plan.allocationEvents
        interval = IntervalMethod(resamples: plan.bootstrapResamples)
    }

    enum CodingKeys: String, CodingKey {
        case rounds
        case minRounds = "min_rounds"
        case targetBatchNanoseconds = "target_batch_ns"
        case maxTimedNanosecondsPerCase = "max_timed_ns_per_case"
        case digestEvents = "digest_events"
        case allocationEvents = "allocation_events"
        case interval
    }
}

/// The confidence interval every ratio carries.
package struct IntervalMethod: Codable, Sendable, Equatable {
    /// What is summarized.
    package var statistic = "median of the paired ratios of rotation blocks (summed times of as many rounds as sides)"
    /// How its interval is computed.
    package var method = "percentile bootstrap"
    package var resamples: Int
    package var confidence = 0.95
    /// How the resampling generator is seeded (reproducible for a given case and samples).
    package var seed = "SplitMix64 seeded with the FNV-1a 64 digest of the case id"

    package init(resamples: Int) {
        self.resamples = resamples
    }
}
