import ComputeRuntime
import LegacyBaseline
import RuntimeTestSupport
import XCTest

/// #148 filtered path: with exclusions in place (so the fixed balancer cannot skip the filter) and
/// changing under it, legacy and fixed give the same selections, errors, stats and endpoint lists,
/// at table sizes of one bitmap word, many words, and above 4 096 endpoints. (Sizes and lengths are
/// what a debug build runs in a few minutes: legacy walks every endpoint per select.)
final class FilteredPathEquivalenceTests: XCTestCase {
    /// Runs `script` through both runtimes in lock step; returns how many selects ran the filter.
    private func run(_ script: OperationScript, _ label: String) -> Int {
        var legacy = ScriptRunner<LegacyBaseline.LoadBalancer>(script)
        var fixed = ScriptRunner<ComputeRuntime.LoadBalancer>(script)
        var filtered = 0
        for (step, operation) in script.operations.enumerated() {
            if case .select(let context) = operation,
                !context.requiredTags.isEmpty || !fixed.balancer.fastPathBlockers.isClear
            {
                filtered += 1
            }
            let a = legacy.apply(operation)
            let b = fixed.apply(operation)
            if a != b {
                XCTFail("\(label): step \(step) \(operation): legacy \(a) vs fixed \(b)")
                return filtered
            }
        }
        return filtered
    }

    private func runScripts(strategies: [Strategy], endpoints: Int, seeds: Int, length: Int) {
        let replay = SplitMix64.replaySeed
        var filtered = 0
        for strategy in strategies {
            let seeds = replay.map { [$0] } ?? (0..<seeds).map { 0xF117_0000 &+ UInt64(endpoints) &* 31 &+ UInt64($0) }
            for seed in seeds {
                let script = FilteredScriptGenerator.script(
                    strategy: strategy, endpoints: endpoints, seed: seed, length: length)
                filtered += run(
                    script,
                    "\(strategy), \(endpoints) endpoints, seed 0x\(String(seed, radix: 16)) "
                        + "(replay: PERFBENCH_SEED=0x\(String(seed, radix: 16)))")
            }
        }
        if replay == nil { XCTAssertGreaterThan(filtered, strategies.count * seeds * length / 4) }
    }

    func testFilteredScriptsMatchLegacyAtTenEndpoints() {
        runScripts(strategies: Strategy.allCases, endpoints: 10, seeds: 12, length: 400)
    }

    func testFilteredScriptsMatchLegacyAtOneThousandEndpoints() {
        runScripts(strategies: [.roundRobin, .leastLatency, .powerOfTwo], endpoints: 1000, seeds: 1, length: 200)
    }

    /// Above 4 096 endpoints the two bitmaps no longer fit in 1 KiB.
    func testFilteredScriptsMatchLegacyAboveFourThousandNinetySixEndpoints() {
        runScripts(strategies: [.roundRobin, .weightedRoundRobin], endpoints: 5000, seeds: 1, length: 100)
    }

    /// The perfbench filtered-path setups select the same endpoints on both runtimes.
    func testBlockerSetupsSelectLikeLegacy() {
        // Every registration rebuilds the fixed snapshot (and ring), and legacy consistent hash
        // copies and sorts 150 ring entries per endpoint per select: in a debug build, 5 000
        // endpoints for round robin only, consistent hash up to 100.
        let sizes: [Strategy: [Int]] = [
            .roundRobin: [10, 1000, 5000], .consistentHash: [10, 100], .leastLatency: [10, 1000],
        ]
        for strategy in [Strategy.roundRobin, .consistentHash, .leastLatency] {
            for count in sizes[strategy]! {
                for blocker in FilterBlockerKind.allCases {
                    let (legacy, context) = FilteredPathFixtures.make(
                        LegacyBaseline.LoadBalancer.self, strategy, count: count, blocker: blocker)
                    let (fixed, _) = FilteredPathFixtures.make(
                        ComputeRuntime.LoadBalancer.self, strategy, count: count, blocker: blocker)
                    XCTAssertFalse(fixed.fastPathBlockers.isClear && context.requiredTags.isEmpty)
                    for event in 0..<20 {
                        let a = try? legacy.select(context)
                        let b = try? fixed.select(context)
                        guard a == b, let a else {
                            XCTFail(
                                "\(strategy) \(count) \(blocker) event \(event): "
                                    + "legacy \(String(describing: a)) vs fixed \(String(describing: b))")
                            break
                        }
                        legacy.recordCompletion(a.nodeID, success: true)
                        fixed.recordCompletion(a.nodeID, success: true)
                    }
                }
            }
        }
    }
}
