import ComputeRuntime
import LegacyBaseline
import RuntimeTestSupport
import XCTest

/// Legacy and fixed balancers driven through the same operations give identical selections,
/// errors, stats and endpoint lists (random strategies with the same injected seed).
final class LoadBalancerEquivalenceTests: XCTestCase {
    private typealias F = LoadBalancerFixtures

    private func assertEquivalent(
        _ script: OperationScript, _ label: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        if let divergence = ScriptDivergence.first(
            script, legacy: LegacyBaseline.LoadBalancer.self, fixed: ComputeRuntime.LoadBalancer.self)
        {
            XCTFail("\(label): \(divergence)", file: file, line: line)
        }
    }

    func testScriptedSequenceMatchesForEveryStrategy() {
        let endpoints = [
            Endpoint(F.id(1)).withWeight(100).withZone("a").withTag("x"),
            Endpoint(F.id(2)).withWeight(200).withZone("b"),
            Endpoint(F.id(3)).withWeight(300).withTag("x").withTag("y"),
            Endpoint(F.id(4)).withWeight(50),
        ]
        let contexts = [
            RequestContext(), RequestContext().withZone("a"), RequestContext().withZone("c"),
            RequestContext().requireTag("x"), RequestContext().withRoutingKey("user-1"),
            RequestContext().withSession("session-9"), RequestContext().requireTag("y").withZone("b"),
        ]
        var operations: [LoadBalancerOperation] = endpoints.map { .add($0) }
        for round in 0..<6 {
            for context in contexts {
                operations.append(.select(context))
                operations.append(.completeLast(success: round % 3 != 2))
            }
            operations.append(.select(RequestContext()))
            switch round {
            case 0:
                operations += [.updateHealth(F.id(2), .degraded), .updateMetrics(F.id(3), LoadMetrics(cpuUsage: 0.9))]
            case 1: operations += Array(repeating: .complete(F.id(1), success: false), count: 5) + [.stats]
            case 2: operations += [.advanceClock(milliseconds: 60), .select(RequestContext().withZone("a")), .stats]
            case 3: operations += [.add(Endpoint(F.id(1)).withWeight(10)), .remove(F.id(2)), .endpoints]
            case 4: operations += [.updateHealth(F.id(4), .unknown), .add(Endpoint(F.id(2))), .stats]
            default: operations += [.remove(F.id(9)), .updateMetrics(F.id(9), LoadMetrics()), .endpoints]
            }
        }
        operations += [.stats, .endpoints]
        for strategy in Strategy.allCases {
            var config = LoadBalancerConfig(strategy: strategy)
            config.circuitRecoveryTimeMs = 50
            config.maxConnectionsPerEndpoint = 3
            assertEquivalent(OperationScript(config: config, operations: operations), "\(strategy)")
        }
    }

    func testSeededRandomScriptsMatchForEveryStrategy() {
        let replay = SplitMix64.replaySeed
        let seeds: [UInt64] = replay.map { [$0] } ?? (0..<30).map { 0xC0FF_EE00 &+ UInt64($0) &* 0x9E37_79B9 }
        for strategy in Strategy.allCases {
            for seed in seeds {
                let script = RandomScriptGenerator.script(strategy: strategy, seed: seed)
                let hex = String(seed, radix: 16)
                assertEquivalent(script, "\(strategy) seed 0x\(hex) (replay: PERFBENCH_SEED=0x\(hex))")
            }
        }
    }

    func testRingContentsIdenticalIncludingReAddDuplicates() {
        let legacy = F.make(LegacyBaseline.LoadBalancer.self, .consistentHash)
        let fixed = F.make(ComputeRuntime.LoadBalancer.self, .consistentHash)
        let steps: [(any LoadBalancing) -> Void] = [
            { lb in for n: UInt8 in 1...4 { lb.addEndpoint(Endpoint(F.id(n))) } },
            { lb in lb.addEndpoint(Endpoint(F.id(2))) },
            { lb in lb.addEndpoint(Endpoint(F.id(2))) },
            { lb in lb.removeEndpoint(F.id(3)) },
            { lb in lb.addEndpoint(Endpoint(F.id(3))) },
            { lb in lb.removeEndpoint(F.id(1)) },
        ]
        for (index, step) in steps.enumerated() {
            step(legacy)
            step(fixed)
            let a = legacy.ringEntries
            let b = fixed.ringEntries
            XCTAssertEqual(a.map(\.key), b.map(\.key), "keys after step \(index)")
            XCTAssertEqual(a.map(\.node), b.map(\.node), "owners after step \(index)")
        }
        let entriesOfTwo = legacy.ringEntries.filter { $0.node == F.id(2) }.count
        XCTAssertEqual(entriesOfTwo, 450, "each re-add probes past its own 150 slots")
        XCTAssertEqual(legacy.ringEntries.count, 3 * 150 + 300)
    }

    /// With OS randomness the two cannot match draw for draw; both must be uniform.
    func testSystemRandomStrategiesAreUniformInBoth() {
        func counts(_ balancer: some LoadBalancing) -> [Int] {
            for n: UInt8 in 1...4 { balancer.addEndpoint(Endpoint(F.id(n))) }
            let tally = F.tally(balancer, count: 4000, complete: true)
            return (1...4).map { tally[F.id(UInt8($0)), default: 0] }
        }
        for strategy in [Strategy.random, .weightedRandom] {
            for result in [
                counts(LegacyBaseline.LoadBalancer.withStrategy(strategy)),
                counts(ComputeRuntime.LoadBalancer.withStrategy(strategy)),
            ] {
                XCTAssertEqual(result.reduce(0, +), 4000)
                // 1000 expected per endpoint, σ ≈ 27: ±300 is > 10σ.
                XCTAssert(result.allSatisfy { (700...1300).contains($0) }, "\(strategy): \(result)")
            }
        }
    }
}
