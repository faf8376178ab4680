import ComputeRuntime
import LegacyBaseline
import PerfBenchKit
import RuntimeTestSupport
import XCTest

/// The legacy runtime keeps the pre-audit costs of #151, #156/#164 and #157.
final class LegacyCostTests: XCTestCase {
    private let gpu = CapabilitySet(tags: ["gpu"])

    func testPickBestCandidateAllocatesOnEveryCall() throws {
        let counter = try AllocationCounter.make()
        let scheduler = LegacyBaseline.Scheduler(index: CapabilityIndex(), localNodeID: 0, localCaps: .empty)
        let candidates = (1...1000).map { UInt64($0) }
        let placement = ScoreTablePlacement(Dictionary(uniqueKeysWithValues: candidates.map { ($0, Float($0 % 7)) }))
        let tieBreak = TieBreakContext(index: scheduler.index)
        _ = scheduler.pickBestCandidate(
            candidates, artifact: .anonymousDaemon, placement: placement, tieBreak: tieBreak)

        let start = counter.snapshot()
        for _ in 0..<100 {
            XCTAssertEqual(
                scheduler.pickBestCandidate(
                    candidates, artifact: .anonymousDaemon, placement: placement, tieBreak: tieBreak), 6)
        }
        let delta = counter.snapshot().delta(since: start)

        XCTAssertGreaterThanOrEqual(delta.allocations, 100)
    }

    func testFindMigrationTargetsPaysForFilterCopyTagAndSecondList() throws {
        let counter = try AllocationCounter.make()
        let index = CapabilityIndex()
        for node: UInt64 in 2...4 {
            index.index(
                nodeID: node, caps: CapabilitySet(tags: [SubprotocolTag.migration, "a-tag-longer-than-15-bytes"]),
                version: 1)
        }
        let legacy = LegacyBaseline.Scheduler(index: index, localNodeID: 1, localCaps: .empty)
        let fixed = ComputeRuntime.Scheduler(index: index, localNodeID: 1, localCaps: .empty)
        let filter = CapabilityFilter().requireTag("a-tag-longer-than-15-bytes")
        func allocations(_ body: () -> [UInt64]) -> UInt64 {
            XCTAssertEqual(body(), [3, 4])
            let start = counter.snapshot()
            XCTAssertEqual(body(), [3, 4])
            return counter.snapshot().delta(since: start).allocations
        }

        let legacyCount = allocations { legacy.findMigrationTargets(filter, sourceNode: 2) }
        let fixedCount = allocations { fixed.findMigrationTargets(filter, sourceNode: 2) }

        // At least the copied tag list, its copied string, the fresh migration tag and the
        // source-free second list; an unoptimized build adds more of its own, so this is a floor.
        XCTAssertGreaterThanOrEqual(legacyCount, fixedCount + 4)
    }

    func testSpreadPlacementQueriesTwiceWhenPrimaryIsExcluded() throws {
        let index = CapabilityIndex()
        for node: UInt64 in [2, 3, 4] { index.index(nodeID: node, caps: gpu, version: 1) }
        let scheduler = LegacyBaseline.Scheduler(index: index, localNodeID: 1, localCaps: .empty)

        let decision = try LegacyBaseline.GroupCoordinator.placeWithSpread(
            scheduler: scheduler, requirements: CapabilityFilter().requireTag("gpu"), exclude: [2])

        XCTAssertEqual(decision, PlacementDecision(nodeID: 3, reason: .firstMatch))
        XCTAssertEqual(index.queryCount, 2)
    }
}
