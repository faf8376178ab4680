/// Measures one case: build both sides, check their outputs agree, time paired rounds; and, in a
/// separate pass on fresh instances, count allocations.
///
/// jemalloc's counting hooks stay installed once the first `AllocationCounter` exists (removing them
/// is unsafe in jemalloc 5.3) and slow every allocation, so a run times every case first and counts
/// allocations afterwards (`BenchRun`).
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

    /// The case's timed result; allocations are filled by `countAllocations` and instructions by the
    /// callgrind pass, if any.
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
            let samples = try PairedRunner(plan: plan, engine: engine)
                .run(legacy: legacy, fixed: fixed, maxBatchEvents: benchCase.maxBatchEvents)
            let legacyNs = samples.legacy.map(Self.wallNanosecondsPerEvent)
            let fixedNs = samples.fixed.map(Self.wallNanosecondsPerEvent)
            let interval = PairedRatio(legacyNanosecondsPerEvent: legacyNs, fixedNanosecondsPerEvent: fixedNs)
                .summary(resamples: plan.bootstrapResamples, seed: Self.seed(for: caseID))
            return CaseResult(
                id: caseID, items: benchCase.auditItems, params: parameters.values,
                legacy: implementationResult(samples.legacy),
                fixed: implementationResult(samples.fixed),
                speedup: SpeedupSummary(
                    median: interval.median, ciLow: interval.low, ciHigh: interval.high,
                    confidence: interval.confidence, rounds: interval.sampleCount),
                floor: benchCase.floor)
        } catch {
            throw .measurementFailed(caseID: caseID, reason: "\(error)")
        }
    }

    /// Counts allocations and bytes per event of fresh instances of both sides into `result`.
    ///
    /// Call only after every case has been timed: the first count installs jemalloc's hooks for
    /// the rest of the process. Does nothing when exact counts are unavailable.
    /// - Throws: `CaseFailure.measurementFailed` when the counter fails.
    public func countAllocations(
        _ benchCase: BenchCase, parameters: ResolvedParameters, into result: inout CaseResult
    ) throws(CaseFailure) {
        guard let allocations else { return }
        let events = min(plan.allocationEvents, benchCase.maxBatchEvents, benchCase.maxExactPassEvents)
        do {
            let legacy = try allocations.perEvent(
                benchCase.makeInstance(.legacy, parameters: parameters), events: events)
            let fixed = try allocations.perEvent(benchCase.makeInstance(.fixed, parameters: parameters), events: events)
            (result.legacy.allocsPerEvent, result.legacy.bytesPerEvent) = (legacy.allocations, legacy.bytes)
            (result.fixed.allocsPerEvent, result.fixed.bytesPerEvent) = (fixed.allocations, fixed.bytes)
        } catch {
            throw .measurementFailed(caseID: benchCase.id.description, reason: "allocation pass: \(error)")
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

    func implementationResult(_ samples: [BatchSample]) -> ImplementationResult {
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
            allocsPerEvent: nil, bytesPerEvent: nil,
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
