/// The outcome of one rule on one case, or of a whole case.
public enum VerdictStatus: String, Sendable, Comparable, CaseIterable {
    /// The rule could not apply (metric not measured on one side, hosts not comparable); neutral.
    case notApplicable = "n/a"
    /// A baseline case the quick run does not include; neutral, listed so nothing disappears silently.
    case skipped
    case pass
    case improved
    /// Too noisy to decide, or a required measurement is missing.
    case inconclusive
    /// The legacy side (the "before") changed: the comparison's reference moved.
    case moved
    case regressed

    /// Severity order: a case takes the most severe status of its checks.
    private var severity: Int {
        switch self {
        case .notApplicable: return 0
        case .skipped: return 1
        case .pass: return 2
        case .improved: return 3
        case .inconclusive: return 4
        case .moved: return 5
        case .regressed: return 6
        }
    }

    /// Orders by severity: not applicable < skipped < pass < improved < inconclusive < moved < regressed.
    public static func < (lhs: VerdictStatus, rhs: VerdictStatus) -> Bool { lhs.severity < rhs.severity }
}

/// One rule applied to one case.
public struct RuleCheck: Sendable, Equatable {
    /// The rule applied.
    public var rule: GateRule
    /// What the rule decided.
    public var status: VerdictStatus
    /// One line: the figures compared and the limit, e.g. `ci_low 1.00 < floor 2.00`.
    public var detail: String
    /// Relative change against the limit or baseline (0.5 = 50 % worse), when one applies.
    public var change: Double?
    /// Inconclusive only because this run was too noisy: measuring again (and pooling) can decide it.
    public var tooNoisy: Bool

    /// A check; the gate builds these, tests compare them.
    package init(rule: GateRule, status: VerdictStatus, detail: String, change: Double? = nil, tooNoisy: Bool = false) {
        self.rule = rule
        self.status = status
        self.detail = detail
        self.change = change
        self.tooNoisy = tooNoisy
    }
}

/// The gate's verdict on one case: the most severe status of its checks, and the checks themselves.
public struct GateVerdict: Sendable, Equatable {
    /// The case id, e.g. `lb.select.roundRobin.n100`.
    public var caseID: String
    /// Audit items the case exercises.
    public var items: [Int]
    /// Every rule applied to the case, in rule order.
    public var checks: [RuleCheck]
    /// Context that is not a rule outcome (new case, floor changed since the baseline).
    public var notes: [String]

    /// A verdict; the gate builds these.
    package init(caseID: String, items: [Int], checks: [RuleCheck], notes: [String] = []) {
        self.caseID = caseID
        self.items = items
        self.checks = checks
        self.notes = notes
    }

    /// The most severe check status; `pass` when every check was not applicable.
    public var status: VerdictStatus {
        let worst = checks.map(\.status).max() ?? .pass
        return worst == .notApplicable ? .pass : worst
    }

    /// The checks that decided a non-pass status.
    public var decidingChecks: [RuleCheck] {
        checks.filter { $0.status == status }
    }
}
