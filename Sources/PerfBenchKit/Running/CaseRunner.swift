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
    /// Costs added to fixed sides (the gate's self-test); nil for every real run.
    public let perturbation: PerturbationPlan?

    public init(
        plan: RoundPlan, engine: any MeasurementEngine, allocations: (any AllocationMeasuring)?,
        perturbation: PerturbationPlan? = nil
    ) {
        self.plan = plan
        self.engine = engine
        self.allocations = allocations
        self.perturbation = perturbation
    }

    /// The fixed side of `benchCase`, paying its perturbation if the self-test set one.
    private func fixedInstance(_ benchCase: BenchCase, parameters: ResolvedParameters) -> any CaseInstance {
        let instance = benchCase.makeInstance(.fixed, parameters: parameters)
        return perturbation?.apply(to: instance, caseID: benchCase.id.description) ?? instance
    }

    /// The case's timed result; allocations are filled by `countAllocations` and instructions by the
    /// callgrind pass, if any.
    ///
    /// - Throws: `CaseFailure.digestMismatch` when the outputs differ; `.measurementFailed` when a pass fails.
    public func measure(_ benchCase: BenchCase, parameters: ResolvedParameters) throws(CaseFailure) -> CaseResult {
        let caseID = benchCase.id.description
        let legacy = benchCase.makeInstance(.legacy, parameters: parameters)
        let fixed = fixedInstance(benchCase, parameters: parameters)

        try Self.checkDigests(
            caseID: caseID, legacy: legacy, fixed: fixed,
            events: min(plan.digestEvents, benchCase.maxBatchEvents, benchCase.maxExactPassEvents))

        do {
            let samples = try PairedRunner(plan: plan, engine: engine)
                .run([(.legacy, legacy), (.fixed, fixed)], maxBatchEvents: benchCase.maxBatchEvents)
            var result = CaseResult(
                id: caseID, items: benchCase.auditItems, isolates: benchCase.isolatedItems,
                params: parameters.values, floor: benchCase.floor, tolerance: benchCase.tolerance,
                legacy: sideResult(samples.batches[.legacy] ?? []), fixed: sideResult(samples.batches[.fixed] ?? []))
            if benchCase.isMultithreaded && !engine.counterNames.isEmpty {
                result.notes.append("perf counters cover the measuring thread only; time and allocations cover all")
            }
            result.ratios = CaseRatios.compute(for: result, resamples: plan.bootstrapResamples)
            for side in result.sides where samples.batches[side]?.contains(where: \.isMultiplexed) == true {
                // Honesty rule: scaled (multiplexed) counter figures are flagged next to the figures.
                let count = samples.batches[side]?.filter(\.isMultiplexed).count ?? 0
                result.notes.append(
                    "\(side): counters multiplexed (scaled) in \(count) of \(result.speedup?.rounds ?? 0) rounds")
            }
            return result
        } catch {
            throw .measurementFailed(caseID: caseID, reason: "\(error)")
        }
    }

    /// The case with its outputs checked but nothing timed: a skeleton for the exact passes of a
    /// run that timed elsewhere (a baseline's or a gate's exact pass after its timing runs).
    ///
    /// - Throws: `CaseFailure.digestMismatch` when the outputs differ.
    public func unmeasured(_ benchCase: BenchCase, parameters: ResolvedParameters) throws(CaseFailure) -> CaseResult {
        let caseID = benchCase.id.description
        try Self.checkDigests(
            caseID: caseID, legacy: benchCase.makeInstance(.legacy, parameters: parameters),
            fixed: benchCase.makeInstance(.fixed, parameters: parameters),
            events: min(plan.digestEvents, benchCase.maxBatchEvents, benchCase.maxExactPassEvents))
        return CaseResult(
            id: caseID, items: benchCase.auditItems, isolates: benchCase.isolatedItems, params: parameters.values,
            floor: benchCase.floor, tolerance: benchCase.tolerance, legacy: SideResult(), fixed: SideResult())
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
            for side in [Side.legacy, .fixed] {
                let instance =
                    side == .legacy
                    ? benchCase.makeInstance(.legacy, parameters: parameters)
                    : fixedInstance(benchCase, parameters: parameters)
                let counted = try allocations.perEvent(instance, events: events)
                result[side]?[.allocations] = .exact(counted.allocations, metric: .allocations, events: events)
                result[side]?[.bytes] = .exact(counted.bytes, metric: .bytes, events: events)
            }
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

    func sideResult(_ samples: [BatchSample]) -> SideResult {
        SideSummary.sideResult(samples, counterNames: engine.counterNames)
    }
}
