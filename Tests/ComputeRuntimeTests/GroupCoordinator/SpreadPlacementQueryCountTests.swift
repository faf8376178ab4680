import ComputeRuntime
import XCTest

/// The fixed spread placement reuses the primary placement's candidate list (#157).
final class SpreadPlacementQueryCountTests: XCTestCase {
    private let gpu = CapabilitySet(tags: ["gpu"])

    func testExcludedPrimaryReusesItsCandidateList() throws {
        let index = CapabilityIndex()
        for node: UInt64 in [2, 3, 4] { index.index(nodeID: node, caps: gpu, version: 1) }
        let scheduler = Scheduler(index: index, localNodeID: 1, localCaps: .empty)

        let decision = try GroupCoordinator.placeWithSpread(
            scheduler: scheduler, requirements: CapabilityFilter().requireTag("gpu"), exclude: [2])

        XCTAssertEqual(decision, PlacementDecision(nodeID: 3, reason: .firstMatch))
        XCTAssertEqual(index.queryCount, 1)
    }

    func testExcludedLocalPreferenceStillQueriesOnce() throws {
        let index = CapabilityIndex()
        for node: UInt64 in [1, 2] { index.index(nodeID: node, caps: gpu, version: 1) }
        let scheduler = Scheduler(index: index, localNodeID: 1, localCaps: gpu)

        let decision = try GroupCoordinator.placeWithSpread(
            scheduler: scheduler, requirements: CapabilityFilter().requireTag("gpu"), exclude: [1])

        XCTAssertEqual(decision, PlacementDecision(nodeID: 2, reason: .firstMatch))
        XCTAssertEqual(index.queryCount, 1)
    }
}
