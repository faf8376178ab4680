import ComputeRuntime
import LegacyBaseline
import RuntimeTestSupport
import Synchronization
import XCTest

private struct ScriptedFailure: Error {}

/// Hands out handler ids; shared by the handlers of one registry.
private final class HandlerIDs: Sendable {
    private let next = Atomic<Int>(0)

    func make() -> Int { next.add(1, ordering: .relaxed).oldValue }
}

/// Drives both registries through the same seeded ticks: handlers that throw on chosen calls,
/// and handlers that register new handlers mid-tick.
final class RecoveryRegistryEquivalenceTests: XCTestCase {
    private struct TickObservation: Equatable {
        var recovered: [UInt8]
        var countAfter: Int
    }

    /// Registers handler `id`; its behaviour on call n is fixed by the seed, so both registries see the same.
    private static func register(_ id: Int, seed: UInt64, on registry: some RecoveryRegistering, ids: HandlerIDs) {
        let calls = Atomic<UInt64>(0)
        registry.register { [registry] in
            let call = calls.add(1, ordering: .relaxed).newValue
            var random = ScriptRandom(seed: seed ^ (UInt64(id) << 32) ^ call)
            if random.chance(12) { throw ScriptedFailure() }
            if random.chance(15) {
                register(ids.make(), seed: seed, on: registry, ids: ids)
            }
            return (0..<random.below(3)).map { _ in UInt8(truncatingIfNeeded: id) }
        }
    }

    private func run(_ registry: some RecoveryRegistering, seed: UInt64) -> [TickObservation] {
        let ids = HandlerIDs()
        for _ in 0..<8 {
            Self.register(ids.make(), seed: seed, on: registry, ids: ids)
        }
        return (0..<40).map { _ in TickObservation(recovered: registry.tryRunAll(), countAfter: registry.count) }
    }

    func testSeededTicks_giveIdenticalRecoveredSlotsAndCounts() {
        let seeds: [UInt64] = SplitMix64.replaySeed.map { [$0] } ?? [0x7E57, 42, 0xBAD5EED, 7]

        for seed in seeds {
            let fixed = run(ComputeRuntime.RecoveryRegistry(), seed: seed)
            let legacy = run(LegacyBaseline.RecoveryRegistry(), seed: seed)

            let replay = "seed 0x\(String(seed, radix: 16)) (replay: PERFBENCH_SEED=0x\(String(seed, radix: 16)))"
            if let tick = fixed.indices.first(where: { fixed[$0] != legacy[$0] }) {
                XCTFail("\(replay): first difference at tick \(tick)\n fixed: \(fixed[tick])\nlegacy: \(legacy[tick])")
            }
            XCTAssertEqual(fixed.count, legacy.count, replay)
            XCTAssertTrue(fixed.contains { !$0.recovered.isEmpty }, replay)
        }
    }
}
