#if canImport(Glibc)
import Glibc
#endif

/// The results of a run plus the cases that were errors rather than measurements.
public struct RunOutcome: Sendable {
    public var document: ResultsDocument
    public var failures: [CaseFailure]
}

/// Runs the selected cases one after another and assembles the results document.
package struct BenchRun {
    package let cases: [(BenchCase, ResolvedParameters)]
    package let request: RunRequest

    /// Selects the cases `request` names from `catalog`.
    ///
    /// - Throws: `CaseSelectionError` for a selection that cannot run.
    package init(catalog: CaseCatalog, request: RunRequest) throws(CaseSelectionError) {
        self.cases = try catalog.select(
            items: request.items, pattern: request.pattern, caseIDs: request.caseIDs, overrides: request.overrides)
        self.request = request
    }

    /// Measures every case and returns the document.
    ///
    /// - Parameters:
    ///   - host: the probe embedded in the document.
    ///   - engine: the resolved engine (which ran, why, what was unavailable).
    ///   - allocations: the allocation pass, nil when it cannot count exactly (recorded as unavailable).
    ///   - allocationsUnavailableReason: why `allocations` is nil, for the document.
    ///   - createdAt: ISO 8601 timestamp for the document.
    ///   - progress: receives one line per finished case.
    package func execute(
        host: HostDescription, engine: ResolvedEngine, allocations: (any AllocationMeasuring)?,
        allocationsUnavailableReason: String? = nil, createdAt: String, progress: (String) -> Void
    ) -> RunOutcome {
        let runner = CaseRunner(
            plan: request.plan, engine: engine.timing, allocations: allocations, perturbation: request.perturbation)
        var reporter = ProgressReporter(total: cases.count)
        var results: [CaseResult] = []
        var failures: [CaseFailure] = []
        var measured: [(BenchCase, ResolvedParameters)] = []
        for (benchCase, parameters) in cases {
            let start = WallClockEngine.now(CLOCK_MONOTONIC)
            let outcome: String
            do {
                let result =
                    request.passes.contains(.timing)
                    ? try runner.measure(benchCase, parameters: parameters)
                    : try runner.unmeasured(benchCase, parameters: parameters)
                results.append(result)
                measured.append((benchCase, parameters))
                outcome =
                    (result.speedup.map { String(format2: $0.median) + "x" } ?? "outputs agree")
                    + (result.ratio(.limitRatio).map { ", fixed/limit " + String(format2: $0.median) + "x" } ?? "")
            } catch {
                failures.append(error)
                outcome = "ERROR " + error.description
            }
            let elapsed = WallClockEngine.now(CLOCK_MONOTONIC) &- start
            progress(reporter.finished(benchCase.id.description, nanoseconds: elapsed, outcome: outcome))
        }
        // Allocations last: the first count installs jemalloc's hooks for the rest of the process,
        // and installed hooks would slow every allocation of any timing that followed.
        if allocations != nil && request.passes.contains(.allocations) && !measured.isEmpty {
            progress("allocations: counting \(measured.count) cases exactly")
            var counted: [CaseResult] = []
            for (result, (benchCase, parameters)) in zip(results, measured) {
                var result = result
                do {
                    try runner.countAllocations(benchCase, parameters: parameters, into: &result)
                    counted.append(result)
                } catch {
                    failures.append(error)
                }
            }
            results = counted
        }
        var unavailable = engine.unavailableCounters
        if allocations == nil && request.passes.contains(.allocations) {
            let reason =
                allocationsUnavailableReason ?? "jemalloc is not the process allocator: exact counts impossible"
            unavailable.append(UnavailableMetric(metric: Metric.allocations.id, reason: reason))
            unavailable.append(UnavailableMetric(metric: Metric.bytes.id, reason: reason))
        }
        let document = ResultsDocument(
            createdAt: createdAt, host: host, engine: engine.record, quick: request.quick,
            method: MethodRecord(plan: request.plan), unavailable: unavailable, cases: results)
        return RunOutcome(document: document, failures: failures)
    }
}

extension String {
    /// Two decimals, without Foundation's locale-dependent formatting.
    init(format2 value: Double) {
        guard value.isFinite else {
            self = "\(value)"
            return
        }
        let scaled = (abs(value) * 100).rounded()
        let whole = Int(scaled / 100)
        let fraction = Int(scaled.truncatingRemainder(dividingBy: 100))
        self = (value < 0 ? "-" : "") + "\(whole)." + String(fraction).leftPadded(to: 2, with: "0")
    }
}
