import ComputeRuntime
import LegacyBaseline
import RuntimeTestSupport
import XCTest

/// The spec's pinned scheduler tests (§2, §6 #151/#156/#157), run on both runtimes.
final class SchedulerSpecTests: XCTestCase {
    private static let implementations: [(name: String, type: any Scheduling.Type)] = [
        ("fixed", ComputeRuntime.Scheduler.self),
        ("legacy", LegacyBaseline.Scheduler.self),
    ]
    private let migrationNode = CapabilitySet(tags: [SubprotocolTag.migration])

    private func forEachScheduler(
        local: UInt64, localCaps: CapabilitySet = .empty, nodes: [UInt64: CapabilitySet],
        _ body: (any Scheduling, String) throws -> Void
    ) rethrows {
        for (name, type) in Self.implementations {
            let index = CapabilityIndex()
            for (node, caps) in nodes { index.index(nodeID: node, caps: caps, version: 1) }
            try body(type.init(index: index, localNodeID: local, localCaps: localCaps), name)
        }
    }

    func testPickBestCandidateDropsNaNScores() {
        forEachScheduler(local: 1, nodes: [:]) { scheduler, name in
            let placement = ScoreTablePlacement([0x1111: 1.0, 0x2222: .nan, 0x3333: 1.0])
            for repetition in 0..<64 {
                let best = scheduler.pickBestCandidate(
                    [0x1111, 0x2222, 0x3333], artifact: .anonymousDaemon, placement: placement,
                    tieBreak: TieBreakContext(index: scheduler.index))
                XCTAssertEqual(best, 0x1111, "\(name) repetition \(repetition)")
            }
        }
    }

    func testPickBestCandidateDropsInfinitiesAndVetoes() {
        forEachScheduler(local: 1, nodes: [:]) { scheduler, name in
            let placement = ScoreTablePlacement([1: .infinity, 2: -.infinity, 3: -5, 5: .nan])

            let best = scheduler.pickBestCandidate(
                [1, 2, 3, 4, 5], artifact: .anonymousDaemon, placement: placement,
                tieBreak: TieBreakContext(index: scheduler.index))
            let none = scheduler.pickBestCandidate(
                [1, 2, 4, 5], artifact: .anonymousDaemon, placement: placement,
                tieBreak: TieBreakContext(index: scheduler.index))

            XCTAssertEqual(best, 3, name)
            XCTAssertNil(none, name)
        }
    }

    func testPickBestCandidateTieGoesToLowestKnownRTT() {
        forEachScheduler(local: 1, nodes: [:]) { scheduler, name in
            let placement = ScoreTablePlacement([10: 2, 20: 2, 30: 2, 40: 1])
            let rtt: [UInt64: UInt64] = [30: 5, 20: 9, 40: 1]

            let best = scheduler.pickBestCandidate(
                [10, 20, 30, 40], artifact: .anonymousDaemon, placement: placement,
                tieBreak: TieBreakContext(rttLookup: { rtt[$0] }, index: scheduler.index))

            XCTAssertEqual(best, 30, name)
        }
    }

    func testSelectMigrationTargetPicksHighestScoring() {
        let nodes: [UInt64: CapabilitySet] = [2: migrationNode, 3: migrationNode, 4: migrationNode]
        forEachScheduler(local: 1, nodes: nodes) { scheduler, name in
            let target = scheduler.selectMigrationTarget(
                artifact: .anonymousDaemon, daemonFilter: CapabilityFilter(), sourceNode: 2,
                placement: ScoreTablePlacement([2: 9, 3: 0.5, 4: 0.75]),
                tieBreak: TieBreakContext(index: scheduler.index))

            XCTAssertEqual(target, 4, name)
        }
    }

    func testSelectMigrationTargetTiesResolvedByLexNodeID() {
        let nodes: [UInt64: CapabilitySet] = [0x30: migrationNode, 0x10: migrationNode, 0x20: migrationNode]
        forEachScheduler(local: 1, nodes: nodes) { scheduler, name in
            let target = scheduler.selectMigrationTarget(
                artifact: .anonymousDaemon, daemonFilter: CapabilityFilter(), sourceNode: 0x99,
                placement: ScoreTablePlacement([0x10: 1, 0x20: 1, 0x30: 1]),
                tieBreak: TieBreakContext(index: scheduler.index))

            XCTAssertEqual(target, 0x10, name)
        }
    }

    func testSelectMigrationTargetPrefersScoredLocalEvenWithNaN() {
        let nodes: [UInt64: CapabilitySet] = [1: migrationNode, 2: migrationNode]
        forEachScheduler(local: 1, nodes: nodes) { scheduler, name in
            let tieBreak = TieBreakContext(index: scheduler.index)
            let nanLocal = scheduler.selectMigrationTarget(
                artifact: .anonymousDaemon, daemonFilter: CapabilityFilter(), sourceNode: 9,
                placement: ScoreTablePlacement([1: .nan, 2: 5]), tieBreak: tieBreak)
            let vetoedLocal = scheduler.selectMigrationTarget(
                artifact: .anonymousDaemon, daemonFilter: CapabilityFilter(), sourceNode: 9,
                placement: ScoreTablePlacement([2: 5]), tieBreak: tieBreak)
            let localIsSource = scheduler.selectMigrationTarget(
                artifact: .anonymousDaemon, daemonFilter: CapabilityFilter(), sourceNode: 1,
                placement: ScoreTablePlacement([1: 9, 2: 5]), tieBreak: tieBreak)

            XCTAssertEqual(nanLocal, 1, name)
            XCTAssertEqual(vetoedLocal, 2, name)
            XCTAssertEqual(localIsSource, 2, name)
        }
    }

    func testSelectMigrationTargetWithoutTaggedNodesIsNil() {
        forEachScheduler(local: 1, nodes: [2: .empty, 3: CapabilitySet(tags: ["other"])]) { scheduler, name in
            let target = scheduler.selectMigrationTarget(
                artifact: .anonymousDaemon, daemonFilter: CapabilityFilter(), sourceNode: 9,
                placement: ScoreTablePlacement([2: 1, 3: 1]), tieBreak: TieBreakContext(index: scheduler.index))

            XCTAssertNil(target, name)
        }
    }

    func testFindMigrationTargetsNeedsTagAndFilterAndExcludesSource() {
        let gold = CapabilitySet(tags: [SubprotocolTag.migration, "gold"])
        forEachScheduler(local: 1, nodes: [2: gold, 3: migrationNode, 4: gold, 5: CapabilitySet(tags: ["gold"])]) {
            scheduler, name in
            XCTAssertEqual(
                scheduler.findMigrationTargets(CapabilityFilter().requireTag("gold"), sourceNode: 2), [4], name)
            XCTAssertEqual(scheduler.findMigrationTargets(CapabilityFilter(), sourceNode: 9), [2, 3, 4], name)
        }
    }

    func testPlaceMigrationReasons() throws {
        try forEachScheduler(local: 1, nodes: [1: migrationNode, 2: migrationNode, 3: migrationNode]) {
            scheduler, name in
            XCTAssertEqual(
                try scheduler.placeMigration(CapabilityFilter(), sourceNode: 2),
                PlacementDecision(nodeID: 1, reason: .localPreferred), name)
            XCTAssertEqual(
                try scheduler.placeMigration(CapabilityFilter(), sourceNode: 1),
                PlacementDecision(nodeID: 2, reason: .firstMatch), name)
        }
    }

    func testPlaceMigrationWithoutCandidatesThrowsNoCandidate() throws {
        try forEachScheduler(local: 1, nodes: [2: .empty]) { scheduler, name in
            XCTAssertThrowsError(try scheduler.placeMigration(CapabilityFilter(), sourceNode: 1), name) { error in
                XCTAssertEqual(error as? SchedulerError, .noCandidate)
                XCTAssertEqual("\(error)", "no nodes match capability requirements")
            }
        }
    }

    func testPlaceMigrationV2LocalPreferredElseBestScore() throws {
        try forEachScheduler(local: 1, nodes: [1: migrationNode, 5: migrationNode, 3: migrationNode]) {
            scheduler, name in
            XCTAssertEqual(
                try scheduler.placeMigrationV2(CapabilityFilter(), sourceNode: 5),
                PlacementDecision(nodeID: 1, reason: .localPreferred), name)
            XCTAssertEqual(
                try scheduler.placeMigrationV2(CapabilityFilter(), sourceNode: 1),
                PlacementDecision(nodeID: 3, reason: .bestScore), name)
            XCTAssertThrowsError(
                try scheduler.placeMigrationV2(CapabilityFilter().requireTag("none"), sourceNode: 1), name)
        }
    }

    func testPlaceWithLocalityPicksLocalWhenNotDrained() throws {
        try forEachScheduler(
            local: 1, localCaps: CapabilitySet(tags: ["gpu"]), nodes: [2: CapabilitySet(tags: ["gpu"])]
        ) { scheduler, name in
            let decision = try scheduler.placeWithLocality(CapabilityFilter().requireTag("gpu"), localDrained: false)

            XCTAssertEqual(decision, PlacementDecision(nodeID: 1, reason: .localPreferred), name)
        }
    }

    func testPlaceWithLocalitySkipsLocalWhenDrained() throws {
        let gpu = CapabilitySet(tags: ["gpu"])
        try forEachScheduler(local: 1, localCaps: gpu, nodes: [1: gpu, 2: gpu, 3: gpu]) { scheduler, name in
            XCTAssertEqual(
                try scheduler.placeWithLocality(CapabilityFilter().requireTag("gpu"), localDrained: true),
                PlacementDecision(nodeID: 2, reason: .firstMatch), name)
        }
        try forEachScheduler(local: 1, localCaps: gpu, nodes: [1: gpu, 3: gpu]) { scheduler, name in
            XCTAssertEqual(
                try scheduler.placeWithLocality(CapabilityFilter().requireTag("gpu"), localDrained: true),
                PlacementDecision(nodeID: 3, reason: .onlyCandidate), name)
        }
    }

    func testPlaceWithLocalityReturnsNoCandidateWhenDrainedAndNoRemote() throws {
        let gpu = CapabilitySet(tags: ["gpu"])
        try forEachScheduler(local: 1, localCaps: gpu, nodes: [1: gpu, 2: .empty]) { scheduler, name in
            XCTAssertThrowsError(
                try scheduler.placeWithLocality(CapabilityFilter().requireTag("gpu"), localDrained: true), name
            ) {
                XCTAssertEqual($0 as? SchedulerError, .noCandidate)
            }
        }
    }

    func testPlaceUsesIndexWhenLocalCannotRun() throws {
        try forEachScheduler(local: 1, nodes: [4: CapabilitySet(tags: ["gpu"])]) { scheduler, name in
            XCTAssertTrue(scheduler.canRunLocally(CapabilityFilter()), name)
            XCTAssertEqual(
                try scheduler.place(CapabilityFilter().requireTag("gpu")),
                PlacementDecision(nodeID: 4, reason: .onlyCandidate), name)
            XCTAssertEqual(scheduler.pin(77), PlacementDecision(nodeID: 77, reason: .pinned), name)
        }
    }

    func testFindSubprotocolNodesMatchesHexTag() {
        forEachScheduler(local: 1, nodes: [2: CapabilitySet(tags: ["subprotocol:0x0abc"]), 3: migrationNode]) {
            scheduler, name in
            XCTAssertEqual(scheduler.findSubprotocolNodes(0xABC), [2], name)
            XCTAssertEqual(scheduler.findSubprotocolNodes(0x0500), [3], name)
        }
    }

    func testSelectMemberNodeSkipsExcludedAndPromotionScoresGivenList() {
        let nodes: [UInt64: CapabilitySet] = [2: .empty, 3: .empty, 4: .empty]
        forEachScheduler(local: 1, nodes: nodes) { scheduler, name in
            let placement = ScoreTablePlacement([2: 3, 3: 3, 4: 1])
            let tieBreak = TieBreakContext(index: scheduler.index)

            XCTAssertEqual(
                scheduler.selectMemberNode(
                    artifact: .anonymousDaemon, requirements: CapabilityFilter(), exclude: [2],
                    placement: placement, tieBreak: tieBreak), 3, name)
            XCTAssertNil(
                scheduler.selectMemberNode(
                    artifact: .anonymousDaemon, requirements: CapabilityFilter(), exclude: [2, 3, 4],
                    placement: placement, tieBreak: tieBreak), name)
            XCTAssertEqual(
                scheduler.selectPromotionTarget(
                    candidates: [4, 3], artifact: .anonymousDaemon, placement: placement, tieBreak: tieBreak),
                3, name)
        }
    }
}
