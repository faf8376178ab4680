import ComputeRuntime
import LegacyBaseline
import RuntimeTestSupport
import XCTest

/// Replica groups (spec §3.3) on both runtimes: same members, routes and failure handling.
final class ReplicaGroupTests: XCTestCase {
    private final class SinkDaemon: MeshDaemon {
        let name = "sink"
        func process(_ event: CausalEvent) throws(DaemonError) -> [[UInt8]] { [] }
    }

    private let seed = (0..<32).map { UInt8($0) }
    private let gpu = CapabilitySet(tags: ["gpu"])
    private let requirements = CapabilityFilter().requireTag("gpu")

    private func makeIndex(_ nodes: [UInt64]) -> CapabilityIndex {
        let index = CapabilityIndex()
        for node in nodes { index.index(nodeID: node, caps: gpu, version: 1) }
        return index
    }

    /// Runs `body` on a fresh fixed and a fresh legacy group of `count` replicas over nodes 2…6.
    private func forBoth(
        count: UInt8, _ body: (_ name: String, _ group: AnyReplicaGroup, _ registry: DaemonRegistry) throws -> Void
    ) throws {
        let config = ReplicaGroupConfig(replicaCount: count, groupSeed: seed)
        let makeDaemon: () -> any MeshDaemon = { SinkDaemon() }

        let fixedRegistry = DaemonRegistry()
        let fixedScheduler = ComputeRuntime.Scheduler(
            index: makeIndex([2, 3, 4, 5, 6]), localNodeID: 1, localCaps: .empty)
        let fixed = try ComputeRuntime.ReplicaGroup.spawn(
            config: config, requirements: requirements, makeDaemon: makeDaemon, scheduler: fixedScheduler,
            registry: fixedRegistry)
        try body(
            "fixed", AnyReplicaGroup(fixed, scheduler: fixedScheduler, registry: fixedRegistry, makeDaemon: makeDaemon),
            fixedRegistry)

        let legacyRegistry = DaemonRegistry()
        let legacyScheduler = LegacyBaseline.Scheduler(
            index: makeIndex([2, 3, 4, 5, 6]), localNodeID: 1, localCaps: .empty)
        let legacy = try LegacyBaseline.ReplicaGroup.spawn(
            config: config, requirements: requirements, makeDaemon: makeDaemon, scheduler: legacyScheduler,
            registry: legacyRegistry)
        try body(
            "legacy",
            AnyReplicaGroup(legacy, scheduler: legacyScheduler, registry: legacyRegistry, makeDaemon: makeDaemon),
            legacyRegistry)
    }

    func testSpawnSpreadsDeterministicReplicasAcrossNodes() throws {
        try forBoth(count: 3) { name, group, registry in
            let replicas = group.replicas()

            XCTAssertEqual(replicas.map(\.index), [0, 1, 2], name)
            XCTAssertEqual(replicas.map(\.nodeID), [2, 3, 4], name)
            XCTAssertEqual(
                replicas.map(\.originHash),
                (0..<3).map { EntityKeypair.replica(groupSeed: seed, index: $0).originHash }, name)
            XCTAssertEqual(
                replicas.map(\.entityID), (0..<3).map { EntityKeypair.replica(groupSeed: seed, index: $0).entityID },
                name)
            XCTAssertEqual(registry.count, 3, name)
            XCTAssertTrue(replicas.allSatisfy { registry.contains($0.originHash) }, name)
            XCTAssertEqual(group.health(), .healthy, name)
        }
    }

    func testRoutingCyclesThroughReplicaOrigins() throws {
        try forBoth(count: 3) { name, group, _ in
            let origins = group.replicas().map(\.originHash)

            let routed = try (0..<6).map { _ in try group.routeEvent(RequestContext()) }

            XCTAssertEqual(routed, origins + origins, name)
        }
    }

    func testScaleUpAvoidsUsedNodesAndScaleDownUnregisters() throws {
        try forBoth(count: 2) { name, group, registry in
            try group.scale(5)
            XCTAssertEqual(group.replicas().map(\.nodeID), [2, 3, 4, 5, 6], name)
            XCTAssertEqual(registry.count, 5, name)

            try group.scale(1)
            XCTAssertEqual(group.replicaCount, 1, name)
            XCTAssertEqual(registry.count, 1, name)
            XCTAssertThrowsError(try group.scale(0), name) {
                XCTAssertEqual($0 as? GroupError, .invalidConfig("replica_count must be > 0"))
            }
        }
    }

    func testNodeFailureReplacesReplicaUnderSameIdentity() throws {
        try forBoth(count: 3) { name, group, registry in
            let before = group.replicas()

            let replaced = group.failNode(3)

            let after = group.replicas()
            XCTAssertEqual(replaced, [1], name)
            XCTAssertEqual(after[1].nodeID, 2, "\(name): first candidate not excluded")
            XCTAssertEqual(after[1].entityID, before[1].entityID, name)
            XCTAssertEqual(after[1].originHash, before[1].originHash, name)
            XCTAssertTrue(after[1].isHealthy, name)
            XCTAssertEqual(registry.count, 3, name)
        }
    }

    func testSpawnWithMoreReplicasThanNodesFailsOnSpread() {
        let index = makeIndex([2, 3])
        XCTAssertThrowsError(
            try ComputeRuntime.ReplicaGroup.spawn(
                config: ReplicaGroupConfig(replicaCount: 3, groupSeed: seed), requirements: requirements,
                makeDaemon: { SinkDaemon() },
                scheduler: ComputeRuntime.Scheduler(index: index, localNodeID: 1, localCaps: .empty),
                registry: DaemonRegistry())
        ) { XCTAssertEqual($0 as? GroupError, .allCandidatesExcluded) }
        XCTAssertThrowsError(
            try LegacyBaseline.ReplicaGroup.spawn(
                config: ReplicaGroupConfig(replicaCount: 0, groupSeed: seed), requirements: requirements,
                makeDaemon: { SinkDaemon() },
                scheduler: LegacyBaseline.Scheduler(index: index, localNodeID: 1, localCaps: .empty),
                registry: DaemonRegistry())
        ) { XCTAssertEqual($0 as? GroupError, .invalidConfig("replica_count must be > 0")) }
    }

    private func checkScoredPlacement<C, H>(
        _ type: ReplicaGroupCore<C, H>.Type, _ name: String, makeScheduler: (CapabilityIndex) -> C.GroupScheduler
    ) throws {
        let index = makeIndex([2, 3, 4, 5, 6])
        let scheduler = makeScheduler(index)
        let registry = DaemonRegistry()
        let placement = ScoreTablePlacement([2: 1, 3: 9, 4: 5, 5: 9])
        let tieBreak = TieBreakContext(index: index)
        let makeDaemon: () -> any MeshDaemon = { SinkDaemon() }

        let group = try type.spawnWithPlacement(
            config: ReplicaGroupConfig(replicaCount: 3, groupSeed: seed), requirements: requirements,
            makeDaemon: makeDaemon, scheduler: scheduler, registry: registry, placement: placement, tieBreak: tieBreak)
        XCTAssertEqual(group.replicas().map(\.nodeID), [3, 5, 4], "\(name): best score, ties to the lower id")

        let replaced = group.handleNodeFailureWithPlacement(
            5, makeDaemon: makeDaemon, scheduler: scheduler, registry: registry, placement: placement,
            tieBreak: tieBreak)
        XCTAssertEqual(replaced, [1], name)
        XCTAssertEqual(group.replicas().map(\.nodeID), [3, 3, 4], name)

        try group.scaleWithPlacement(
            to: 4, makeDaemon: makeDaemon, scheduler: scheduler, registry: registry, placement: placement,
            tieBreak: tieBreak)
        XCTAssertEqual(group.replicas().map(\.nodeID), [3, 3, 4, 5], name)
        XCTAssertThrowsError(
            try group.scaleWithPlacement(
                to: 6, makeDaemon: makeDaemon, scheduler: scheduler, registry: registry, placement: placement,
                tieBreak: tieBreak), name
        ) { XCTAssertEqual($0 as? GroupError, .noCandidateSatisfiedPlacement) }
    }

    func testScoredPlacementVariantsPickBestScoringUnusedNodes() throws {
        try checkScoredPlacement(ComputeRuntime.ReplicaGroup.self, "fixed") {
            ComputeRuntime.Scheduler(index: $0, localNodeID: 1, localCaps: .empty)
        }
        try checkScoredPlacement(LegacyBaseline.ReplicaGroup.self, "legacy") {
            LegacyBaseline.Scheduler(index: $0, localNodeID: 1, localCaps: .empty)
        }
    }

    func testBothRuntimesShareTheGroupID() throws {
        var ids: [UInt32] = []
        try forBoth(count: 1) { _, group, _ in ids.append(group.groupID) }

        XCTAssertEqual(ids.count, 2)
        XCTAssertEqual(ids[0], ids[1])
    }
}

/// Erases which runtime a replica group comes from, so one test body drives both.
private struct AnyReplicaGroup {
    let replicas: () -> [MemberInfo]
    let routeEvent: (RequestContext) throws -> UInt64
    let scale: (UInt8) throws -> Void
    let failNode: (UInt64) -> [UInt8]
    let health: () -> GroupHealth
    let replicaCountValue: () -> UInt8
    let groupID: UInt32

    var replicaCount: UInt8 { replicaCountValue() }

    init<C, H>(
        _ group: ReplicaGroupCore<C, H>, scheduler: C.GroupScheduler, registry: DaemonRegistry,
        makeDaemon: @escaping () -> any MeshDaemon
    ) {
        replicas = group.replicas
        routeEvent = { try group.routeEvent($0) }
        scale = { try group.scale(to: $0, makeDaemon: makeDaemon, scheduler: scheduler, registry: registry) }
        failNode = { group.handleNodeFailure($0, makeDaemon: makeDaemon, scheduler: scheduler, registry: registry) }
        health = group.health
        replicaCountValue = { group.replicaCount }
        groupID = group.groupID
    }
}
