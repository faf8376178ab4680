extension BenchCase {
    /// The case as selected for a run at `parameters`: its id's size part shows the value the run
    /// uses (`--set endpoints=5000` makes `lb.select.roundRobin.n100` say `n5000`).
    package func resolved(for parameters: ResolvedParameters) -> BenchCase {
        guard let sizeParameter, let value = parameters.values[sizeParameter] else { return self }
        var resolved = self
        resolved.id = CaseID(id.component, id.operation, id.variant, Self.sizePrefix(of: id) + "\(value)")
        return resolved
    }

    /// The parameter whose default value the id's size part shows after its letters (`n100`,
    /// `b64`, `o16`), when exactly one parameter has that default.
    static func sizeParameter(of id: CaseID, among parameters: [CaseParameter]) -> String? {
        let prefix = sizePrefix(of: id)
        guard let shown = Int(id.size.dropFirst(prefix.count)) else { return nil }
        let matching = parameters.filter { $0.defaultValue == shown }
        return matching.count == 1 ? matching[0].name : nil
    }

    /// The letters before the size part's number.
    static func sizePrefix(of id: CaseID) -> String {
        String(id.size.prefix { !("0"..."9").contains($0) })
    }
}

/// How many events the exact passes and the callgrind pass count per case: enough for the case's
/// steady state, but a slow legacy side (a walk over thousands of endpoints, a ring sorted per
/// select) stops at a budget of instructions, so a run at a large `--set` size finishes in minutes.
/// What was capped is recorded in the results (each exact figure's `events`, and a note).
package enum CountBudget {
    /// Instructions a legacy side may spend in one case's callgrind pass (callgrind runs about
    /// 50 times slower than native: about 4 s on this 2-core VM). A capped legacy side still counts
    /// dozens of its slow events, each doing the same walk or sort, so its figure per event holds.
    package static let callgrindInstructions = 200_000_000.0
    /// Instructions a legacy side may spend natively in one exact pass (digest or allocations).
    package static let exactPassInstructions = 1_500_000_000.0
    /// Fewest events a capped legacy side still counts.
    package static let minimumEvents = 1
}

extension BenchCase {
    /// The events the callgrind pass counts on `side`: at least the steady state (and the case's
    /// `callgrindEvents`); the legacy side at most what its instruction budget allows.
    package func callgrindEvents(for side: Side, parameters: ResolvedParameters) -> Int {
        let wanted = max(callgrindEvents, steadyStateEvents?(parameters) ?? 0)
        guard side == .legacy else { return wanted }
        return min(wanted, legacyEventBudget(CountBudget.callgrindInstructions, parameters: parameters))
    }

    /// The events of an exact pass (digest or allocations) planned at `planned`: within the batch
    /// limit, the case's own limit and the legacy side's native budget (every side runs the same
    /// events, so legacy's cost decides).
    package func exactPassEvents(_ planned: Int, parameters: ResolvedParameters) -> Int {
        min(
            planned, maxBatchEvents, maxExactPassEvents,
            legacyEventBudget(CountBudget.exactPassInstructions, parameters: parameters))
    }

    /// The note a result carries when the callgrind pass capped the legacy side's events, else nil.
    package func callgrindCountNote(parameters: ResolvedParameters) -> String? {
        let fixedEvents = callgrindEvents(for: .fixed, parameters: parameters)
        let legacyEvents = callgrindEvents(for: .legacy, parameters: parameters)
        guard legacyEvents < fixedEvents else { return nil }
        return "callgrind: legacy counted \(legacyEvents) events, fixed \(fixedEvents) (legacy capped at "
            + "\(Self.millions(CountBudget.callgrindInstructions)) instructions)"
    }

    /// The notes a result carries for exact passes the legacy budget shortened.
    package func exactPassNotes(parameters: ResolvedParameters, digestEvents: Int, allocationEvents: Int) -> [String] {
        [("digest", digestEvents), ("allocation", allocationEvents)].compactMap { pass, planned in
            let events = exactPassEvents(planned, parameters: parameters)
            guard events < min(planned, maxBatchEvents, maxExactPassEvents) else { return nil }
            return "\(pass) pass: \(events) of \(planned) events (legacy capped at "
                + "\(Self.millions(CountBudget.exactPassInstructions)) instructions)"
        }
    }

    /// Events of the legacy side that fit in `instructions` (no limit when its cost is not declared).
    private func legacyEventBudget(_ instructions: Double, parameters: ResolvedParameters) -> Int {
        guard let cost = legacyInstructionsPerEvent?(parameters), cost > 0 else { return .max }
        return max(CountBudget.minimumEvents, Int(min(instructions / cost, Double(Int.max / 2))))
    }

    private static func millions(_ value: Double) -> String {
        "\(Int(value / 1_000_000)) million"
    }
}
