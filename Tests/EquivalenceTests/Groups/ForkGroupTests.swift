import ComputeRuntime
import LegacyBaseline
import RuntimeTestSupport
import XCTest

/// Fork groups (spec §3.3) on both runtimes: fresh identities, fork-genesis chains, lineage, failover.
final class ForkGroupTests: XCTestCase {
    private final class SinkDaemon: MeshDaemon {
        let name = "sink"
        func process(_ event: CausalEvent) throws(DaemonError) -> [[UInt8]] { [] }
    }

    private let parent: UInt64 = 0xC0DE
    private let forkSequence: UInt64 = 42
    private let requirements = CapabilityFilter().requireTag("gpu")

    private func makeIndex() -> CapabilityIndex {
        let index = CapabilityIndex()
        for node: UInt64 in 2...6 { index.index(nodeID: node, caps: CapabilitySet(tags: ["gpu"]), version: 1) }
        return index
    }

    /// Forks `count` members on each runtime and hands both to `body` with their operations erased.
    private func forBoth(count: UInt8, _ body: (String, AnyForkGroup, DaemonRegistry) throws -> Void) throws {
        let makeDaemon: () -> any MeshDaemon = { SinkDaemon() }
        let fixedRegistry = DaemonRegistry()
        let fixedScheduler = ComputeRuntime.Scheduler(index: makeIndex(), localNodeID: 1, localCaps: .empty)
        let fixed = try ComputeRuntime.ForkGroup.fork(
            parentOrigin: parent, forkSequence: forkSequence, config: ForkGroupConfig(forkCount: count),
            requirements: requirements, makeDaemon: makeDaemon, scheduler: fixedScheduler, registry: fixedRegistry)
        try body(
            "fixed", AnyForkGroup(fixed, scheduler: fixedScheduler, registry: fixedRegistry, makeDaemon: makeDaemon),
            fixedRegistry)

        let legacyRegistry = DaemonRegistry()
        let legacyScheduler = LegacyBaseline.Scheduler(index: makeIndex(), localNodeID: 1, localCaps: .empty)
        let legacy = try LegacyBaseline.ForkGroup.fork(
            parentOrigin: parent, forkSequence: forkSequence, config: ForkGroupConfig(forkCount: count),
            requirements: requirements, makeDaemon: makeDaemon, scheduler: legacyScheduler, registry: legacyRegistry)
        try body(
            "legacy",
            AnyForkGroup(legacy, scheduler: legacyScheduler, registry: legacyRegistry, makeDaemon: makeDaemon),
            legacyRegistry)
    }

    func testForkBuildsVerifiableForksOnDistinctNodes() throws {
        try forBoth(count: 3) { name, group, registry in
            let members = group.members()
            let records = group.records()

            XCTAssertEqual(members.map(\.index), [0, 1, 2], name)
            XCTAssertEqual(members.map(\.nodeID), [2, 3, 4], name)
            XCTAssertEqual(Set(members.map(\.originHash)).count, 3, name)
            XCTAssertEqual(records.map(\.forkedOrigin), members.map(\.originHash), name)
            XCTAssertTrue(group.verifyLineage(), name)
            for (member, record) in zip(members, records) {
                XCTAssertEqual(
                    record.forkGenesis.parentHash,
                    CausalLink.forkSentinel(parentOrigin: parent, forkSequence: forkSequence), name)
                XCTAssertEqual(registry.host(for: member.originHash)?.headLink, record.forkGenesis, name)
            }
        }
    }

    func testRoutingCyclesThroughForkOrigins() throws {
        try forBoth(count: 2) { name, group, _ in
            let origins = group.members().map(\.originHash)

            XCTAssertEqual(try (0..<4).map { _ in try group.routeEvent(RequestContext()) }, origins + origins, name)
        }
    }

    func testScaleDownDropsTailForksAndUnregisters() throws {
        try forBoth(count: 3) { name, group, registry in
            try group.scale(1)

            XCTAssertEqual(group.members().count, 1, name)
            XCTAssertEqual(group.records().count, 1, name)
            XCTAssertEqual(registry.count, 1, name)
            XCTAssertThrowsError(try group.scale(0), name) {
                XCTAssertEqual($0 as? GroupError, .invalidConfig("fork_count must be > 0"))
            }
        }
    }

    func testNodeFailureRestoresForkIdentityAtItsGenesis() throws {
        try forBoth(count: 2) { name, group, registry in
            let before = group.members()

            let replaced = try group.failNode(3)

            let after = group.members()
            XCTAssertEqual(replaced, [1], name)
            XCTAssertEqual(after[1].nodeID, 2, name)
            XCTAssertEqual(after[1].entityID, before[1].entityID, name)
            XCTAssertEqual(registry.host(for: after[1].originHash)?.headLink, group.records()[1].forkGenesis, name)
            XCTAssertEqual(group.health(), .healthy, name)
        }
    }

    private func checkScoredFork<C, H>(
        _ type: ForkGroupCore<C, H>.Type, _ name: String, makeScheduler: (CapabilityIndex) -> C.GroupScheduler
    ) throws {
        let index = makeIndex()
        let group = try type.forkWithPlacement(
            parentOrigin: parent, forkSequence: forkSequence, config: ForkGroupConfig(forkCount: 3),
            requirements: requirements, makeDaemon: { SinkDaemon() }, scheduler: makeScheduler(index),
            registry: DaemonRegistry(), placement: ScoreTablePlacement([2: 1, 3: 9, 4: 5, 6: 9]),
            tieBreak: TieBreakContext(index: index))

        XCTAssertEqual(group.members().map(\.nodeID), [3, 6, 4], name)
        XCTAssertTrue(group.verifyLineage(), name)
    }

    func testForkWithPlacementPicksBestScoringUnusedNodes() throws {
        try checkScoredFork(ComputeRuntime.ForkGroup.self, "fixed") {
            ComputeRuntime.Scheduler(index: $0, localNodeID: 1, localCaps: .empty)
        }
        try checkScoredFork(LegacyBaseline.ForkGroup.self, "legacy") {
            LegacyBaseline.Scheduler(index: $0, localNodeID: 1, localCaps: .empty)
        }
    }

    func testForkRecordVerificationRejectsTampering() {
        var record = ForkRecord(originalOrigin: 1, forkedOrigin: 2, forkSequence: 9)
        XCTAssertTrue(record.verify())

        record.forkSequence = 10
        XCTAssertFalse(record.verify())
        XCTAssertFalse(ForkRecord(originalOrigin: 5, forkedOrigin: 5, forkSequence: 9).verify())
    }
}

/// Erases which runtime a fork group comes from, so one test body drives both.
private struct AnyForkGroup {
    let members: () -> [MemberInfo]
    let records: () -> [ForkRecord]
    let routeEvent: (RequestContext) throws -> UInt64
    let scale: (UInt8) throws -> Void
    let failNode: (UInt64) throws -> [UInt8]
    let health: () -> GroupHealth
    let verifyLineage: () -> Bool

    init<C, H>(
        _ group: ForkGroupCore<C, H>, scheduler: C.GroupScheduler, registry: DaemonRegistry,
        makeDaemon: @escaping () -> any MeshDaemon
    ) {
        members = group.members
        records = { group.forks.map(\.record) }
        routeEvent = { try group.routeEvent($0) }
        scale = { try group.scale(to: $0, makeDaemon: makeDaemon, scheduler: scheduler, registry: registry) }
        failNode = { try group.handleNodeFailure($0, makeDaemon: makeDaemon, scheduler: scheduler, registry: registry) }
        health = group.health
        verifyLineage = group.verifyLineage
    }
}
