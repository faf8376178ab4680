/// How many paired rounds to run and how long each batch should take.
///
/// A batch is calibrated per implementation to about `targetBatchNanoseconds`: long enough that
/// a clock read (and a counter-group read) per batch is noise, short enough that many rounds fit.
package struct RoundPlan: Sendable, Equatable {
    /// Paired rounds (each gives one legacy and one fixed sample).
    package var rounds: Int
    /// Fewest rounds even when a case is slow enough to hit `maxTimedNanosecondsPerCase`.
    package var minRounds: Int
    /// Wall time a calibrated batch aims at, in nanoseconds.
    package var targetBatchNanoseconds: UInt64
    /// Upper bound on the timed rounds of one case (both implementations), in nanoseconds.
    package var maxTimedNanosecondsPerCase: UInt64
    /// Events in the digest pass (legacy and fixed outputs must agree on them).
    package var digestEvents: Int
    /// Events in the allocation pass.
    package var allocationEvents: Int
    /// Bootstrap resamples for the speedup interval.
    package var bootstrapResamples: Int

    package init(
        rounds: Int, minRounds: Int, targetBatchNanoseconds: UInt64, maxTimedNanosecondsPerCase: UInt64,
        digestEvents: Int, allocationEvents: Int, bootstrapResamples: Int
    ) {
        self.rounds = rounds
        self.minRounds = minRounds
        self.targetBatchNanoseconds = targetBatchNanoseconds
        self.maxTimedNanosecondsPerCase = maxTimedNanosecondsPerCase
        self.digestEvents = digestEvents
        self.allocationEvents = allocationEvents
        self.bootstrapResamples = bootstrapResamples
    }

    /// `perfbench run`: 61 rounds of ~5 ms batches (about 0.6 s of timing per case).
    package static let full = RoundPlan(
        rounds: 61, minRounds: 9, targetBatchNanoseconds: 5_000_000, maxTimedNanosecondsPerCase: 1_500_000_000,
        digestEvents: 2_000, allocationEvents: 1_000, bootstrapResamples: 2_000)

    /// `perfbench run --quick`: 15 rounds of ~2 ms batches, every case still runs. The exact passes
    /// count the same events as a full run, so their figures compare across the two.
    package static let quick = RoundPlan(
        rounds: 15, minRounds: 5, targetBatchNanoseconds: 2_000_000, maxTimedNanosecondsPerCase: 250_000_000,
        digestEvents: 500, allocationEvents: 1_000, bootstrapResamples: 1_000)

    /// The batch size that makes `instance` take about `targetBatchNanoseconds` under `engine`
    /// (`BatchCalibration`: grown from one event, decided on the least of three samples).
    /// - Parameter maxEvents: the case's cap (e.g. a stream that must not wrap into a saturated state).
    /// - Returns: the batch size and the nanoseconds one such batch is expected to take.
    package func calibrateBatch(
        _ instance: any CaseInstance, engine: any MeasurementEngine, maxEvents: Int
    ) throws -> (events: Int, expectedNanoseconds: Double) {
        try BatchCalibration.calibrate(targetNanoseconds: targetBatchNanoseconds, maxEvents: maxEvents) {
            (events: Int) throws -> UInt64 in
            try engine.measure(instance, events: events).wallNanoseconds
        }
    }

    /// Rounds to run when one round (both batches) is expected to take `roundNanoseconds`:
    /// `rounds`, fewer if that would exceed `maxTimedNanosecondsPerCase`, never below `minRounds`.
    package func roundCount(roundNanoseconds: Double) -> Int {
        let affordable = Int(Double(maxTimedNanosecondsPerCase) / Swift.max(roundNanoseconds, 1))
        return Swift.max(minRounds, Swift.min(rounds, affordable))
    }
}
