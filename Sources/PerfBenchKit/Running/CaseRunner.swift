/// Measures one case: build its sides (legacy, fixed and, where the case has one, the limit kernel),
/// check their outputs agree, time paired rounds; and, in a separate pass on fresh instances, count
/// allocations.
///
/// jemalloc's counting hooks stay installed once the first `AllocationCounter` exists (removing them
/// is unsafe in jemalloc 5.3) and slow every allocation, so a run times every case first and counts
/// allocations afterwards (`BenchRun`).
package struct CaseRunner {
    package let plan: RoundPlan
    package let engine: any MeasurementEngine
    /// Nil when exact allocation counts are not available (the run records why).
    package let allocations: (any AllocationMeasuring)?
    /// Costs added to fixed sides (the gate's self-test); nil for every real run.
    package let perturbation: PerturbationPlan?

    package init(
        plan: RoundPlan, engine: any MeasurementEngine, allocations: (any AllocationMeasuring)?,
        perturbation: PerturbationPlan? = nil
    ) {
        self.plan = plan
        self.engine = engine
        self.allocations = allocations
        self.perturbation = perturbation
    }

    /// Every side of `benchCase` in `Side` order, the fixed one paying its perturbation if the
    /// self-test set one.
    private func instances(_ benchCase: BenchCase, parameters: ResolvedParameters) -> [(Side, any CaseInstance)] {
        benchCase.makeInstances(parameters).map { side, instance in
            guard side == .fixed else { return (side, instance) }
            return (side, perturbation?.apply(to: instance, caseID: benchCase.id.description) ?? instance)
        }
    }

    /// The case's timed result; allocations are filled by `countAllocations` and instructions by the
    /// callgrind pass, if any. A case with a limit kernel times it as a third side in the same rounds.
    ///
    /// - Throws: `CaseFailure.digestMismatch` when legacy and fixed outputs differ,
    ///   `.limitDigestMismatch` when the limit kernel's differ from the fixed side's;
    ///   `.measurementFailed` when a pass fails.
    package func measure(_ benchCase: BenchCase, parameters: ResolvedParameters) throws(CaseFailure) -> CaseResult {
        let caseID = benchCase.id.description
        let sides = instances(benchCase, parameters: parameters)

        try Self.checkDigests(
            caseID: caseID, sides: sides, events: benchCase.exactPassEvents(plan.digestEvents, parameters: parameters))

        do {
            let samples = try PairedRunner(plan: plan, engine: engine)
                .run(sides, maxBatchEvents: benchCase.maxBatchEvents)
            var result = CaseResult(
                id: caseID, items: benchCase.auditItems, isolates: benchCase.isolatedItems,
                params: parameters.values, floor: benchCase.floor, tolerance: benchCase.tolerance,
                legacy: sideResult(samples.batches[.legacy] ?? []), fixed: sideResult(samples.batches[.fixed] ?? []),
                limit: samples.batches[.limit].map(sideResult))
            result.notes += benchCase.exactPassNotes(
                parameters: parameters, digestEvents: plan.digestEvents, allocationEvents: plan.allocationEvents)
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
    /// - Throws: `CaseFailure.digestMismatch` or `.limitDigestMismatch` when the outputs differ.
    package func unmeasured(_ benchCase: BenchCase, parameters: ResolvedParameters) throws(CaseFailure) -> CaseResult {
        let caseID = benchCase.id.description
        try Self.checkDigests(
            caseID: caseID, sides: benchCase.makeInstances(parameters),
            events: benchCase.exactPassEvents(plan.digestEvents, parameters: parameters))
        return CaseResult(
            id: caseID, items: benchCase.auditItems, isolates: benchCase.isolatedItems, params: parameters.values,
            floor: benchCase.floor, tolerance: benchCase.tolerance, legacy: SideResult(), fixed: SideResult(),
            limit: benchCase.hasLimit ? SideResult() : nil)
    }

    /// Counts allocations and bytes per event of fresh instances of every side into `result`.
    ///
    /// Call only after every case has been timed: the first count installs jemalloc's hooks for
    /// the rest of the process. Does nothing when exact counts are unavailable.
    /// - Throws: `CaseFailure.measurementFailed` when the counter fails.
    package func countAllocations(
        _ benchCase: BenchCase, parameters: ResolvedParameters, into result: inout CaseResult
    ) throws(CaseFailure) {
        guard let allocations else { return }
        let events = benchCase.exactPassEvents(plan.allocationEvents, parameters: parameters)
        do {
            for (side, instance) in instances(benchCase, parameters: parameters) {
                let counted = try allocations.perEvent(instance, events: events)
                result[side]?[.allocations] = .exact(counted.allocations, metric: .allocations, events: events)
                result[side]?[.bytes] = .exact(counted.bytes, metric: .bytes, events: events)
            }
        } catch {
            throw .measurementFailed(caseID: benchCase.id.description, reason: "allocation pass: \(error)")
        }
    }

    /// Runs `events` events on every side and compares the digests of their outputs: fixed against
    /// legacy (the fix keeps the behavior), then the limit kernel against fixed (the floor does the
    /// same work). Sides are given in `Side` order.
    static func checkDigests(
        caseID: String, sides: [(Side, any CaseInstance)], events: Int
    ) throws(CaseFailure) {
        var digests: [Side: UInt64] = [:]
        for (side, instance) in sides {
            digests[side] = instance.digest(events: events)
        }
        if let legacy = digests[.legacy], let fixed = digests[.fixed], legacy != fixed {
            throw .digestMismatch(caseID: caseID, events: events, legacy: legacy, fixed: fixed)
        }
        if let fixed = digests[.fixed], let limit = digests[.limit], fixed != limit {
            throw .limitDigestMismatch(caseID: caseID, events: events, fixed: fixed, limit: limit)
        }
    }

    func sideResult(_ samples: [BatchSample]) -> SideResult {
        SideSummary.sideResult(samples, counterNames: engine.counterNames)
    }
}
