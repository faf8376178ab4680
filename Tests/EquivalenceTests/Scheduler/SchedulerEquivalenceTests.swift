import ComputeRuntime
import LegacyBaseline
import RuntimeTestSupport
import XCTest

/// Legacy and fixed schedulers driven through the same generated scripts give identical observations.
final class SchedulerEquivalenceTests: XCTestCase {
    func testGeneratedScriptsGiveIdenticalPlacements() {
        let seed = SplitMix64.seedFromEnvironment()
        var random = SplitMix64(seed: seed)
        for round in 0..<10 {
            let scriptSeed = random.next()
            let operations = SchedulerScript.generate(seed: scriptSeed, count: 400)
            let local = [1, 2, 0x1111][Int(scriptSeed % 3)] as UInt64
            var capsRandom = SplitMix64(seed: scriptSeed ^ 0xCAFE)
            let localCaps = SchedulerScript.caps(&capsRandom)

            let fixed = SchedulerScript.run(
                operations, on: ComputeRuntime.Scheduler.self, localNodeID: local, localCaps: localCaps)
            let legacy = SchedulerScript.run(
                operations, on: LegacyBaseline.Scheduler.self, localNodeID: local, localCaps: localCaps)

            if let step = fixed.indices.first(where: { fixed[$0] != legacy[$0] }) {
                XCTFail(
                    "PERFBENCH_SEED=\(seed) round \(round) step \(step): \(operations[step])\n"
                        + "  fixed:  \(fixed[step])\n  legacy: \(legacy[step])")
                return
            }
            XCTAssertEqual(fixed.count, legacy.count, "PERFBENCH_SEED=\(seed)")
        }
    }

    func testGeneratedScriptsExerciseEveryOutcome() {
        let operations = SchedulerScript.generate(seed: 0x5EED, count: 2000)

        let observations = SchedulerScript.run(
            operations, on: ComputeRuntime.Scheduler.self, localNodeID: 1, localCaps: .empty)

        let reasons = Set(observations.compactMap { if case .decision(let d) = $0 { d.reason } else { nil } })
        XCTAssertEqual(reasons, [.onlyCandidate, .localPreferred, .firstMatch, .bestScore])
        XCTAssertTrue(observations.contains(.failure(.noCandidate)))
        XCTAssertTrue(observations.contains(.node(nil)))
        XCTAssertGreaterThan(observations.filter { if case .node(.some) = $0 { true } else { false } }.count, 100)
    }
}
