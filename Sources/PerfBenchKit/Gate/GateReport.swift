/// The overall result of a gate run: what the CLI turns into an exit status.
public enum GateOutcome: String, Sendable {
    /// Every case passed or improved.
    case pass
    /// At least one case regressed.
    case regression
    /// No regression, but the legacy side moved: the before/after reference is not the accepted one.
    case baselineMoved = "baseline moved"
    /// No regression, but at least one case (or the environment) left the question open.
    case inconclusive
}

/// Everything the gate decided, in case order: the current document's cases, then baseline cases
/// the current run lacks.
public struct GateReport: Sendable, Equatable {
    /// Whose numbers were judged as the fix.
    public var candidate: Candidate
    /// One verdict per case: the current run's cases, then baseline cases it lacks.
    public var verdicts: [GateVerdict]
    /// Document-level facts that make the run untrustworthy (a debug build); each forces at least
    /// `inconclusive`.
    public var environmentIssues: [String]
    /// Document-level context (hosts not comparable, engines differ, quick against full).
    public var notes: [String]

    /// A report; `Gate.evaluate(current:baseline:)` builds it.
    package init(candidate: Candidate, verdicts: [GateVerdict], environmentIssues: [String], notes: [String]) {
        self.candidate = candidate
        self.verdicts = verdicts
        self.environmentIssues = environmentIssues
        self.notes = notes
    }

    /// `regression` if any case regressed, else `baseline moved` if a legacy figure moved, else
    /// `inconclusive` if any case is or the environment has an issue, else `pass` (improved and
    /// skipped cases pass).
    public var outcome: GateOutcome {
        let statuses = verdicts.map(\.status)
        if statuses.contains(.regressed) { return .regression }
        if statuses.contains(.moved) { return .baselineMoved }
        if statuses.contains(.inconclusive) || !environmentIssues.isEmpty { return .inconclusive }
        return .pass
    }

    /// Audit items with at least one regressed case, ascending.
    public var regressedItems: [Int] {
        Array(Set(verdicts.filter { $0.status == .regressed }.flatMap(\.items))).sorted()
    }

    /// How many cases ended in `status`.
    public func count(_ status: VerdictStatus) -> Int {
        verdicts.filter { $0.status == status }.count
    }
}
