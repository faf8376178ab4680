import PerfBenchKit

/// A gate report with one case per verdict, built directly from the report's types so the gate
/// renderers' tests do not depend on the results model: regressed by two rules, inconclusive (too
/// noisy), improved, pass, skipped, legacy moved, plus an environment issue and a note. Details hold `<`, `>` and `&`,
/// which XML must escape.
enum SampleGateReport {
    static let report = GateReport(
        candidate: .fixed,
        verdicts: [
            GateVerdict(
                caseID: "lb.select.roundRobin.n100", items: [148, 150],
                checks: [
                    RuleCheck(rule: .speedupFloor, status: .pass, detail: "ci_low 30.5 ≥ floor 2.00"),
                    RuleCheck(
                        rule: .allocationCeiling, status: .regressed, detail: "allocs/event 1 > max 0", change: nil),
                    RuleCheck(
                        rule: .exactDrift(.instructions), status: .regressed,
                        detail: "1538 > 1523 & limit 1523 (+1.0%)", change: 0.00985),
                ]),
            GateVerdict(
                caseID: "sched.submit.fifo.n1000", items: [155],
                checks: [
                    RuleCheck(
                        rule: .speedupFloor, status: .inconclusive,
                        detail: "too noisy: ci_low 1.80 < floor 2.00 <= median 2.40", tooNoisy: true)
                ],
                notes: ["floor changed since the baseline"]),
            GateVerdict(
                caseID: "chain.append.n64", items: [160],
                checks: [
                    RuleCheck(rule: .speedupFloor, status: .pass, detail: "ci_low 4.10 ≥ floor 2.00"),
                    RuleCheck(rule: .exactDrift(.bytes), status: .improved, detail: "48 < 96 (-50.0%)", change: -0.5),
                ]),
            GateVerdict(
                caseID: "group.place.n10", items: [162],
                checks: [
                    RuleCheck(rule: .speedupFloor, status: .pass, detail: "ci_low 2.50 ≥ floor 1.50"),
                    RuleCheck(
                        rule: .sampledDrift("fixed.time"), status: .notApplicable, detail: "hosts not comparable"),
                ]),
            GateVerdict(
                caseID: "daemon.tick.n1000", items: [165],
                checks: [RuleCheck(rule: .presence, status: .skipped, detail: "not in the quick run")]),
            GateVerdict(
                caseID: "recovery.restore.n64", items: [168],
                checks: [
                    RuleCheck(rule: .speedupFloor, status: .pass, detail: "ci_low 3.00 ≥ floor 2.00"),
                    RuleCheck(
                        rule: .legacyMoved("allocations"), status: .moved,
                        detail: "baseline moved: legacy changed: legacy allocs/ev 3 > 2 (+50.0%)", change: 0.5),
                ]),
        ],
        environmentIssues: ["debug build: timings are not representative"],
        notes: ["baseline from engine callgrind, current from wall"])
}
