import ComputeRuntime
import LegacyBaseline
import RuntimeTestSupport
import XCTest

/// Legacy and fixed coordinators driven through the same generated scripts give identical routes,
/// lookups, health and counts.
final class GroupCoordinatorEquivalenceTests: XCTestCase {
    func testGeneratedScriptsGiveIdenticalObservations() {
        let seed = SplitMix64.seedFromEnvironment()
        var random = SplitMix64(seed: seed)
        for round in 0..<14 {
            let scriptSeed = random.next()
            let strategy = GroupScript.strategies[round % GroupScript.strategies.count]
            let operations = GroupScript.generate(seed: scriptSeed, count: 500)

            let fixed = GroupScript.run(operations, on: ComputeRuntime.GroupCoordinator.self, strategy: strategy)
            let legacy = GroupScript.run(operations, on: LegacyBaseline.GroupCoordinator.self, strategy: strategy)

            if let step = fixed.indices.first(where: { fixed[$0] != legacy[$0] }) {
                XCTFail(
                    "PERFBENCH_SEED=\(seed) round \(round) (\(strategy)) step \(step): \(operations[step])\n"
                        + "  fixed:  \(fixed[step])\n  legacy: \(legacy[step])")
                return
            }
        }
    }

    func testGeneratedScriptsExerciseRoutingLookupsAndEveryHealth() {
        let operations = GroupScript.generate(seed: 0x6A0, count: 3000)

        let observations = GroupScript.run(operations, on: ComputeRuntime.GroupCoordinator.self, strategy: .roundRobin)

        XCTAssertGreaterThan(observations.filter { if case .routed = $0 { true } else { false } }.count, 100)
        XCTAssertTrue(observations.contains(.failed(.noHealthyMember)))
        XCTAssertTrue(observations.contains(.origin(nil)))
        XCTAssertTrue(observations.contains { if case .origin(.some) = $0 { true } else { false } })
        var healths: Set<String> = []
        for case .state(let health, _, _, _, _) in observations {
            switch health {
            case .healthy: healths.insert("healthy")
            case .degraded: healths.insert("degraded")
            case .dead: healths.insert("dead")
            }
        }
        XCTAssertEqual(healths, ["healthy", "degraded", "dead"])
    }
}
