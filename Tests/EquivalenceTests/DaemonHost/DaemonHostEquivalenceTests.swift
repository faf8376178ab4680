import ComputeRuntime
import LegacyBaseline
import RuntimeTestSupport
import XCTest

final class DaemonHostEquivalenceTests: XCTestCase {
    private func assertEquivalent(seed: UInt64, file: StaticString = #filePath, line: UInt = #line) {
        let script = DeliveryScript.make(seed: seed)

        let fixed = script.run(on: ComputeRuntime.DaemonHost.self)
        let legacy = script.run(on: LegacyBaseline.DaemonHost.self)

        let replay = "seed 0x\(String(seed, radix: 16)) (replay: PERFBENCH_SEED=0x\(String(seed, radix: 16)))"
        for (step, pair) in zip(fixed, legacy).enumerated() where pair.0 != pair.1 {
            XCTFail(
                "\(replay): first difference at step \(step) \(script.operations[step])\n"
                    + " fixed: \(pair.0)\nlegacy: \(pair.1)",
                file: file, line: line)
            return
        }
        XCTAssertEqual(fixed.count, legacy.count, replay, file: file, line: line)
    }

    func testSeededDeliveryScripts_giveIdenticalOutputsHeadsStatsAndHorizons() {
        let seeds: [UInt64] =
            SplitMix64.replaySeed.map { [$0] }
            ?? [0x5eed, 0xC0FFEE, 0xDEAD_BEEF, 1, 2, 3, 0x1234_5678_9ABC_DEF0, 0xFEED_FACE]

        for seed in seeds {
            assertEquivalent(seed: seed)
        }
    }

    func testScriptsExerciseEveryOutputCountErrorsAndRestores() {
        let script = DeliveryScript.make(seed: 0x5eed)

        let observations = script.run(on: ComputeRuntime.DaemonHost.self)

        XCTAssertEqual(Set(observations.map(\.links.count)), [0, 1, 2, 3])
        XCTAssertTrue(observations.contains { $0.error != nil })
        XCTAssertTrue(script.operations.contains { if case .restore = $0 { true } else { false } })
        XCTAssertGreaterThan(observations.map(\.horizon.entityCount).max() ?? 0, 16)
    }
}
