import ComputeRuntime
import LegacyBaseline
import RuntimeTestSupport
import XCTest

/// `placeWithSpread` and `placeMember` (spec §3.2, #157, #166) on both runtimes.
final class GroupPlacementSpecTests: XCTestCase {
    private let gpu = CapabilitySet(tags: ["gpu"])

    private func makeIndex(_ nodes: [UInt64: CapabilitySet]) -> CapabilityIndex {
        let index = CapabilityIndex()
        for (node, caps) in nodes { index.index(nodeID: node, caps: caps, version: 1) }
        return index
    }

    private func spreadBoth(
        nodes: [UInt64: CapabilitySet], local: UInt64 = 1, localCaps: CapabilitySet = .empty,
        requirements: CapabilityFilter, exclude: Set<UInt64>
    ) -> [Result<PlacementDecision, GroupError>] {
        let fixed = Result { () throws(GroupError) in
            try ComputeRuntime.GroupCoordinator.placeWithSpread(
                scheduler: ComputeRuntime.Scheduler(index: makeIndex(nodes), localNodeID: local, localCaps: localCaps),
                requirements: requirements, exclude: exclude)
        }
        let legacy = Result { () throws(GroupError) in
            try LegacyBaseline.GroupCoordinator.placeWithSpread(
                scheduler: LegacyBaseline.Scheduler(index: makeIndex(nodes), localNodeID: local, localCaps: localCaps),
                requirements: requirements, exclude: exclude)
        }
        return [fixed, legacy]
    }

    func testPlaceWithSpreadPassesThroughNonExcludedPrimary() {
        for result in spreadBoth(
            nodes: [2: gpu, 3: gpu], localCaps: gpu, requirements: CapabilityFilter().requireTag("gpu"), exclude: [2])
        {
            XCTAssertEqual(try result.get(), PlacementDecision(nodeID: 1, reason: .localPreferred))
        }
        for result in spreadBoth(nodes: [2: gpu], requirements: CapabilityFilter().requireTag("gpu"), exclude: [9]) {
            XCTAssertEqual(try result.get(), PlacementDecision(nodeID: 2, reason: .onlyCandidate))
        }
    }

    func testPlaceWithSpreadExcludedPrimaryGivesFirstNonExcludedAsFirstMatch() {
        for result in spreadBoth(
            nodes: [2: gpu, 3: gpu, 4: gpu], requirements: CapabilityFilter().requireTag("gpu"), exclude: [2, 3])
        {
            XCTAssertEqual(try result.get(), PlacementDecision(nodeID: 4, reason: .firstMatch))
        }
        for result in spreadBoth(
            nodes: [1: gpu, 2: gpu], localCaps: gpu, requirements: CapabilityFilter().requireTag("gpu"), exclude: [1])
        {
            XCTAssertEqual(try result.get(), PlacementDecision(nodeID: 2, reason: .firstMatch))
        }
    }

    func testPlaceWithSpreadAllExcludedFails() {
        for result in spreadBoth(
            nodes: [2: gpu, 3: gpu], requirements: CapabilityFilter().requireTag("gpu"), exclude: [2, 3])
        {
            XCTAssertThrowsError(try result.get()) { error in
                XCTAssertEqual("\(error)", "placement failed: all candidate nodes are excluded by spread constraint")
            }
        }
    }

    func testPlaceWithSpreadNoCandidateBecomesPlacementFailed() {
        for result in spreadBoth(nodes: [2: .empty], requirements: CapabilityFilter().requireTag("gpu"), exclude: []) {
            XCTAssertThrowsError(try result.get()) { error in
                XCTAssertEqual(error as? GroupError, .placementFailed("no nodes match capability requirements"))
            }
        }
    }

    func testPlaceWithSpreadUnchangedAfterPlaceMemberAdded() throws {
        let nodes: [UInt64: CapabilitySet] = [2: gpu, 3: gpu, 4: gpu]
        let requirements = CapabilityFilter().requireTag("gpu")
        let index = makeIndex(nodes)
        let fixed = ComputeRuntime.Scheduler(index: index, localNodeID: 1, localCaps: .empty)
        let legacy = LegacyBaseline.Scheduler(index: index, localNodeID: 1, localCaps: .empty)
        let placement = ScoreTablePlacement([2: 1, 3: 5, 4: 5])
        let tieBreak = TieBreakContext(index: index)

        let fixedMember = try ComputeRuntime.GroupCoordinator.placeMember(
            scheduler: fixed, artifact: .anonymousDaemon, requirements: requirements, exclude: [],
            placement: placement, tieBreak: tieBreak)
        let legacyMember = try LegacyBaseline.GroupCoordinator.placeMember(
            scheduler: legacy, artifact: .anonymousDaemon, requirements: requirements, exclude: [],
            placement: placement, tieBreak: tieBreak)
        let fixedSpread = try ComputeRuntime.GroupCoordinator.placeWithSpread(
            scheduler: fixed, requirements: requirements, exclude: [2])
        let legacySpread = try LegacyBaseline.GroupCoordinator.placeWithSpread(
            scheduler: legacy, requirements: requirements, exclude: [2])

        XCTAssertEqual(fixedMember, PlacementDecision(nodeID: 3, reason: .bestScore))
        XCTAssertEqual(legacyMember, fixedMember)
        XCTAssertEqual(fixedSpread, PlacementDecision(nodeID: 3, reason: .firstMatch))
        XCTAssertEqual(legacySpread, fixedSpread)
    }

    func testPlaceMemberWithEveryNodeExcludedFails() {
        let index = makeIndex([2: gpu])
        XCTAssertThrowsError(
            try ComputeRuntime.GroupCoordinator.placeMember(
                scheduler: ComputeRuntime.Scheduler(index: index, localNodeID: 1, localCaps: .empty),
                artifact: .anonymousDaemon,
                requirements: CapabilityFilter(), exclude: [2], placement: ScoreTablePlacement([2: 1]),
                tieBreak: TieBreakContext(index: index))
        ) { XCTAssertEqual($0 as? GroupError, .noCandidateSatisfiedPlacement) }
        XCTAssertThrowsError(
            try LegacyBaseline.GroupCoordinator.placeMember(
                scheduler: LegacyBaseline.Scheduler(index: index, localNodeID: 1, localCaps: .empty),
                artifact: .anonymousDaemon,
                requirements: CapabilityFilter(), exclude: [], placement: ScoreTablePlacement([:]),
                tieBreak: TieBreakContext(index: index))
        ) {
            XCTAssertEqual(
                "\($0)", "placement failed: no candidate satisfied placement filter (every node excluded or vetoed)")
        }
    }
}
