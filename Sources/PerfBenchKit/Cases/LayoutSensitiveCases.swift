/// Cases whose time depends on where the linker put their code, not on the code itself.
///
/// A few-nanosecond loop runs at a speed set by its placement: alignment, cache sets, and the
/// decoded-instruction cache. Any change to the binary can move that placement, even a change to
/// harness code alone. The baseline's A/A runs all come from one binary, so their noise cannot show
/// this. Gates of unchanged runtime code measured it: a build that changed only the harness moved
/// `group.healthyCount.scan.n100` from 19.3x to 14.1x and failed the gate.
///
/// The measurement behind this table (December 2026, this project's 2-vCPU KVM host):
/// - five builds of one commit: the regular build, the build of the ten-gate series, and three
///   builds relinked with `ld.lld --shuffle-sections=*=<seed>` (function sections);
/// - one quick timing run each, `perfbench run --engine wall --quick`.
///
/// A case is listed when a sampled figure spread across those builds by more than its whole gate
/// band (6 moderated A/A sds). A baseline from one layout and a gate from another could then fail
/// on placement alone. Every other case spread by less than its band: `lb.select.roundRobin.n100`,
/// for example, measured 51.9x to 62.2x.
///
/// Listed cases are still judged on their floor and on every exact count. Time drift is not
/// judged, with the reason `perfbench list` shows.
enum LayoutSensitiveCases {
    /// Case id → what five link orders measured.
    static let measured: [String: String] = [
        "group.healthyCount.scan.n100": "speedup 16.7x to 41.1x (band ×1.29)",
        "lb.select.leastConnections.n100": "speedup 35.9x to 65.3x (band ×1.31)",
        "lb.step.loadScore.n1": "speedup 8.1x to 13.3x (band ×1.45)",
        "sched.pickBest.hashedScores.n10": "fixed/limit 1.07 to 1.33 (band ×1.22)",
        "lb.selectFiltered.consistentHash_oneAtCap.n10": "speedup 432x to 577x (band ×1.32)",
    ]

    /// `cases` with the listed ones declared not to judge time drift (and the reason why).
    static func declared(on cases: [BenchCase]) -> [BenchCase] {
        cases.map { benchCase in
            guard let spread = measured[benchCase.id.description] else { return benchCase }
            precondition(benchCase.tolerance == nil, "\(benchCase.id) already declares a tolerance")
            var declared = benchCase
            declared.tolerance = CaseTolerance(
                judgesTimeDrift: false,
                reason: "code placement: five link orders of the same code measured \(spread); judged by "
                    + "its floor and exact counts")
            return declared
        }
    }
}
