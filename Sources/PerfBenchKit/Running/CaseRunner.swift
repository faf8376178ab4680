/// Measures one case end to end: build both sides, check their outputs agree, count allocations,
/// then time paired rounds.
public struct CaseRunner {
    public let plan: RoundPlan
    public let engine: any MeasurementEngine
    /// Nil when exact allocation counts are not available (the run records why).
    public let allocations: (any AllocationMeasuring)?

    public init(plan: RoundPlan, engine: any MeasurementEngine, allocations: (any AllocationMeasuring)?) {
        self.plan = plan
        self.engine = engine
        self.allocations = allocations
    }

    /// The case's result (`instructionsPerEvent` is filled later by the callgrind pass, if any).
    ///
    /// - Throws: `CaseFailure.digestMismatch` when the outputs differ; `.measurementFailed` when a pass fails.
    public func measure(_ benchCase: BenchCase, parameters: ResolvedParameters) throws(CaseFailure) -> CaseResult {
        let caseID = benchCase.id.description
        let legacy = benchCase.makeInstance(.legacy, parameters: parameters)
        let fixed = benchCase.makeInstance(.fixed, parameters: parameters)

        try Self.checkDigests(
            caseID: caseID, legacy: legacy, fixed: fixed,
            events: min(plan.digestEvents, benchCase.maxBatchEvents, benchCase.maxExactPassEvents))

        do {
            let allocationEvents = min(plan.allocationEvents, benchCase.maxBatchEvents, benchCase.maxExactPassEvents)
            let legacyAllocations = try allocations?.perEvent(legacy, events: allocationEvents)
            let fixedAllocations = try allocations?.perEvent(fixed, events: allocationEvents)
            let samples = try PairedRunner(plan: plan, engine: engine)
                .run(legacy: legacy, fixed: fixed, maxBatchEvents: benchCase.maxBatchEvents)
            let legacyNs = samples.legacy.map(Self.wallNanosecondsPerEvent)
            let fixedNs = samples.fixed.map(Self.wallNanosecondsPerEvent)
            let interval = PairedRatio(legacyNanosecondsPerEvent: legacyNs, fixedNanosecondsPerEvent: fixedNs)
                .summary(resamples: plan.bootstrapResamples, seed: Self.seed(for: caseID))
            return CaseResult(
                id: caseID, items: benchCase.auditItems, params: parameters.values,
                legacy: implementationResult(samples.legacy, allocations: legacyAllocations),
                fixed: implementationResult(samples.fixed, allocations: fixedAllocations),
                speedup: SpeedupSummary(
                    median: interval.median, ciLow: interval.low, ciHigh: interval.high,
                    confidence: interval.confidence, rounds: interval.sampleCount),
                floor: benchCase.floor)
        } catch {
            throw .measurementFailed(caseID: caseID, reason: "\(error)")
        }
    }

    /// Runs `events` events on both sides and compares the digests of their outputs.
    static func checkDigests(
        caseID: String, legacy: any CaseInstance, fixed: any CaseInstance, events: Int
    ) throws(CaseFailure) {
        let legacyDigest = legacy.digest(events: events)
        let fixedDigest = fixed.digest(events: events)
        guard legacyDigest == fixedDigest else {
            throw .digestMismatch(caseID: caseID, events: events, legacy: legacyDigest, fixed: fixedDigest)
        }
    }

    func implementationResult(
        _ samples: [BatchSample], allocations: (allocations: Double, bytes: Double)?
    ) -> ImplementationResult {
        let wall = Quantiles(samples.map(Self.wallNanosecondsPerEvent))
        let cpu = Quantiles(samples.map { Double($0.cpuNanoseconds) / Double($0.events) })
        var counters: [String: Double] = [:]
        for (position, name) in engine.counterNames.enumerated() {
            counters[name] = Quantiles(samples.map { $0.counters[position] / Double($0.events) }).median
        }
        if samples.contains(where: \.isMultiplexed) {
            // Honesty rule: a scaled (multiplexed) figure is flagged next to the figures it affects.
            counters["multiplexed_batches"] = Double(samples.filter(\.isMultiplexed).count)
        }
        return ImplementationResult(
            nsPerEvent: Distribution(
                median: wall.median, p25: wall.p25, p75: wall.p75, min: wall.min, max: wall.max,
                samples: wall.count),
            cpuNsPerEvent: cpu.median,
            allocsPerEvent: allocations?.allocations, bytesPerEvent: allocations?.bytes,
            instructionsPerEvent: nil, counters: counters)
    }

    static func wallNanosecondsPerEvent(_ sample: BatchSample) -> Double {
        Double(max(sample.wallNanoseconds, 1)) / Double(sample.events)
    }

    /// A bootstrap seed derived from the case id, so re-running a case reproduces its interval
    /// computation exactly (only the samples differ).
    static func seed(for caseID: String) -> UInt64 {
        var digest = OutputDigest()
        for byte in caseID.utf8 { digest.add(UInt64(byte)) }
        return digest.value
    }
}
