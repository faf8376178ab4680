/// The timing samples of one case: one batch per implementation per round.
public struct PairedSamples: Sendable {
    public var legacy: [BatchSample] = []
    public var fixed: [BatchSample] = []
    /// Batch sizes after calibration.
    public var legacyBatchEvents = 0
    public var fixedBatchEvents = 0
}

/// Runs paired, interleaved rounds: each round measures one batch of each implementation,
/// alternating which goes first so neither side always inherits the other's cache state.
public struct PairedRunner {
    public let plan: RoundPlan
    public let engine: any MeasurementEngine

    public init(plan: RoundPlan, engine: any MeasurementEngine) {
        self.plan = plan
        self.engine = engine
    }

    /// Calibrates each side's batch, then runs the rounds.
    ///
    /// - Parameter maxBatchEvents: the case's largest sensible batch.
    /// - Throws: whatever the engine throws reading its counters.
    public func run(
        legacy: any CaseInstance, fixed: any CaseInstance, maxBatchEvents: Int
    ) throws -> PairedSamples {
        let legacyBatch = try plan.calibrateBatch(legacy, engine: engine, maxEvents: maxBatchEvents)
        let fixedBatch = try plan.calibrateBatch(fixed, engine: engine, maxEvents: maxBatchEvents)
        let rounds = plan.roundCount(roundNanoseconds: legacyBatch.expectedNanoseconds + fixedBatch.expectedNanoseconds)
        var samples = PairedSamples()
        samples.legacyBatchEvents = legacyBatch.events
        samples.fixedBatchEvents = fixedBatch.events
        samples.legacy.reserveCapacity(rounds)
        samples.fixed.reserveCapacity(rounds)
        for round in 0..<rounds {
            if round.isMultiple(of: 2) {
                samples.legacy.append(try engine.measure(legacy, events: legacyBatch.events))
                samples.fixed.append(try engine.measure(fixed, events: fixedBatch.events))
            } else {
                samples.fixed.append(try engine.measure(fixed, events: fixedBatch.events))
                samples.legacy.append(try engine.measure(legacy, events: legacyBatch.events))
            }
        }
        return samples
    }
}
