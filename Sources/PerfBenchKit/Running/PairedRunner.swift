/// The timing samples of one case: one batch per side per round.
package struct PairedSamples: Sendable {
    /// Per side, one sample per round, in round order.
    package var batches: [Side: [BatchSample]] = [:]
}

/// Runs paired, interleaved rounds: each round measures one batch of every side back to back,
/// rotating which goes first so no side always inherits another's cache state (with two sides,
/// the order simply alternates). Rounds come in whole rotation blocks (a multiple of the sides),
/// so every side holds every position equally often and `PairedRatio` can pair by block, also
/// across pooled runs.
package struct PairedRunner {
    package let plan: RoundPlan
    package let engine: any MeasurementEngine

    package init(plan: RoundPlan, engine: any MeasurementEngine) {
        self.plan = plan
        self.engine = engine
    }

    /// Calibrates each side's batch, then runs the rounds.
    ///
    /// - Parameters:
    ///   - sides: the instances to time, in `Side` order.
    ///   - maxBatchEvents: the case's largest sensible batch.
    /// - Throws: whatever the engine throws reading its counters.
    package func run(_ sides: [(Side, any CaseInstance)], maxBatchEvents: Int) throws -> PairedSamples {
        var batchEvents: [Int] = []
        var roundNanoseconds = 0.0
        for (_, instance) in sides {
            let calibrated = try plan.calibrateBatch(instance, engine: engine, maxEvents: maxBatchEvents)
            batchEvents.append(calibrated.events)
            roundNanoseconds += calibrated.expectedNanoseconds
        }
        let planned = plan.roundCount(roundNanoseconds: roundNanoseconds)
        let period = max(1, sides.count)
        let rounds = (planned + period - 1) / period * period
        var collected = [[BatchSample]](repeating: [], count: sides.count)
        for index in collected.indices { collected[index].reserveCapacity(rounds) }
        for round in 0..<rounds {
            for step in 0..<sides.count {
                let index = (round + step) % sides.count
                collected[index].append(try engine.measure(sides[index].1, events: batchEvents[index]))
            }
        }
        var samples = PairedSamples()
        for (index, (side, _)) in sides.enumerated() {
            samples.batches[side] = collected[index]
        }
        return samples
    }
}
