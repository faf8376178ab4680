import ComputeRuntime
import LegacyBaseline
import RuntimeTestSupport
import XCTest

/// #148 fast path: scripts that enter and leave the all-clear state give the same selections,
/// errors, stats and endpoint lists as legacy, and the fixed balancer's maintained blocker totals
/// and #160 weight total equal a recount after every step.
final class LoadBalancerFastPathEquivalenceTests: XCTestCase {
    /// Selects taken while the totals were all clear (fast path) and while not (filter).
    private struct PathTally {
        var fast = 0
        var filtered = 0
    }

    private func run(_ script: OperationScript, _ label: String, tally: inout PathTally) {
        var legacy = ScriptRunner<LegacyBaseline.LoadBalancer>(script)
        var fixed = ScriptRunner<ComputeRuntime.LoadBalancer>(script)
        for (step, operation) in script.operations.enumerated() {
            if case .select(let context) = operation {
                if context.requiredTags.isEmpty && fixed.balancer.recountedFastPathBlockers.isClear {
                    tally.fast += 1
                } else {
                    tally.filtered += 1
                }
            }
            let a = legacy.apply(operation)
            let b = fixed.apply(operation)
            if a != b {
                XCTFail("\(label): step \(step) \(operation): legacy \(a) vs fixed \(b)")
                return
            }
            let maintained = fixed.balancer.fastPathBlockers
            let recounted = fixed.balancer.recountedFastPathBlockers
            if maintained != recounted {
                XCTFail("\(label): step \(step) \(operation): blockers \(maintained), recount \(recounted)")
                return
            }
            let weight = fixed.balancer.maintainedWeightQuarters
            let recountedWeight = fixed.balancer.recountedWeightQuarters
            if weight != recountedWeight {
                XCTFail("\(label): step \(step) \(operation): weight quarters \(weight), recount \(recountedWeight)")
                return
            }
        }
    }

    func testFastPathScriptsMatchLegacyForEveryStrategy() {
        let replay = SplitMix64.replaySeed
        let seeds: [UInt64] = replay.map { [$0] } ?? (0..<25).map { 0xFA57_0000 &+ UInt64($0) &* 0x9E37_79B9 }
        var tally = PathTally()
        for strategy in Strategy.allCases {
            for seed in seeds {
                let script = FastPathScriptGenerator.script(strategy: strategy, seed: seed)
                run(
                    script,
                    "\(strategy) seed 0x\(String(seed, radix: 16)) (replay: PERFBENCH_SEED=0x\(String(seed, radix: 16)))",
                    tally: &tally)
            }
        }
        if replay == nil {
            XCTAssertGreaterThan(tally.fast, 5000, "scripts must exercise the fast path")
            XCTAssertGreaterThan(tally.filtered, 5000, "scripts must exercise the filter")
        }
    }

    /// The existing random scripts also keep the totals exact.
    func testGeneralScriptsKeepBlockerTotalsExact() {
        var tally = PathTally()
        for strategy in [Strategy.roundRobin, .consistentHash, .weightedRoundRobin] {
            for seed in (0..<10).map({ 0xB10C_0000 &+ UInt64($0) }) {
                run(
                    RandomScriptGenerator.script(strategy: strategy, seed: seed), "\(strategy) seed \(seed)",
                    tally: &tally)
            }
        }
        XCTAssertGreaterThan(tally.fast, 0)
    }
}
