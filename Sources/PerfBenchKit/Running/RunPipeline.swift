import Foundation

/// Everything `perfbench run` does between parsing and printing: select the cases, probe the host,
/// resolve the engine, measure every case, and add callgrind instructions when that engine runs.
public enum RunPipeline {
    /// Why a run could not start or could not finish its instruction pass: one line, and whether the
    /// command line is at fault.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        package enum Reason: Sendable {
            /// The selection or a `--set` value is wrong (a usage error).
            case selection(CaseSelectionError)
            /// The engine cannot run here, or a counter name is unknown (`EngineError.isUsageError`).
            case engine(EngineError)
        }

        package let reason: Reason

        package static func selection(_ error: CaseSelectionError) -> Failure { Failure(reason: .selection(error)) }
        package static func engine(_ error: EngineError) -> Failure { Failure(reason: .engine(error)) }

        public var description: String {
            switch reason {
            case .selection(let error): error.description
            case .engine(let error): error.description
            }
        }

        /// Whether the request itself is wrong (an unknown item, parameter or counter name: exit 64)
        /// rather than the host unable to run it (no valgrind, no counter opens: exit 2).
        public var isUsageError: Bool {
            switch reason {
            case .selection: true
            case .engine(let error): error.isUsageError
            }
        }
    }

    /// Runs `request` to completion.
    ///
    /// - Parameters:
    ///   - request: what to run.
    ///   - catalog: where the cases come from.
    ///   - progress: receives the engine line, then one line per finished case.
    /// - Returns: the document plus the cases that were errors (digest mismatches, failed passes).
    /// - Throws: `Failure` when the run cannot start, or the callgrind pass fails.
    public static func execute(
        _ request: RunRequest, catalog: CaseCatalog, progress: (String) -> Void
    ) throws(Failure) -> RunOutcome {
        let run: BenchRun
        do {
            run = try BenchRun(catalog: catalog, request: request)
        } catch {
            throw .selection(error)
        }
        let host = HostProbe.probe()
        let selection: EngineSelection
        do {
            selection = try EngineSelection.resolve(request, host: host)
        } catch {
            throw .engine(error)
        }
        progress("engine: \(selection.resolved.record.used.rawValue) (\(selection.resolved.record.reason))")
        if host.buildConfiguration != .release {
            progress("warning: \(host.buildConfiguration.rawValue) build: timings do not represent release code")
        }
        let allocations = AllocationPass.makeIfExact()
        var outcome = run.execute(
            host: host, engine: selection.resolved, allocations: allocations,
            allocationsUnavailableReason: allocations == nil ? AllocationPass.unavailableReason : nil,
            createdAt: ISO8601DateFormatter().string(from: Date()), progress: progress)
        if let callgrind = selection.callgrind, request.passes.contains(.instructions) {
            progress(
                "callgrind: counting instructions under valgrind (one process per case, "
                    + "\(ProcessInfo.processInfo.activeProcessorCount) at a time)")
            do {
                try callgrind.addInstructions(to: &outcome.document, cases: run.cases)
            } catch {
                throw .engine(error)
            }
        }
        return outcome
    }
}
