import ComputeRuntime
import LegacyBaseline
import XCTest

/// Standby groups (spec §3.3) on both runtimes: roles, snapshot sync, promotion and replay.
final class StandbyGroupTests: XCTestCase {
    /// Counts events; emits the new count; its state is the count.
    private final class CounterDaemon: MeshDaemon {
        let name = "counter"
        var count: UInt8 = 0
        var isStateful: Bool { true }
        func process(_ event: CausalEvent) throws(DaemonError) -> [[UInt8]] {
            count &+= 1
            return [[count]]
        }
        func snapshot() -> [UInt8]? { [count] }
        func restore(_ state: [UInt8]) throws(DaemonError) { count = state.first ?? 0 }
    }

    private let seed = [UInt8](repeating: 3, count: 32)
    private let gpu = CapabilitySet(tags: ["gpu"])
    private let makeDaemon: () -> any MeshDaemon = { CounterDaemon() }

    private func inbound(_ sequence: UInt64) -> CausalEvent {
        CausalEvent(
            link: CausalLink(originHash: 0xE0, horizonEncoded: 0, sequence: sequence, parentHash: sequence),
            payload: [UInt8(sequence)], receivedAt: 0)
    }

    private func makeIndex() -> CapabilityIndex {
        let index = CapabilityIndex()
        for node: UInt64 in 2...6 { index.index(nodeID: node, caps: gpu, version: 1) }
        return index
    }

    private func spawn<C, H>(
        _ type: StandbyGroupCore<C, H>.Type, count: UInt8, scheduler: C.GroupScheduler, registry: DaemonRegistry
    ) throws -> StandbyGroupCore<C, H> {
        try type.spawn(
            config: StandbyGroupConfig(memberCount: count, groupSeed: seed),
            requirements: CapabilityFilter().requireTag("gpu"),
            makeDaemon: makeDaemon, scheduler: scheduler, registry: registry)
    }

    private func checkSpawnAndSync<C, H>(
        _ type: StandbyGroupCore<C, H>.Type, _ name: String, scheduler: C.GroupScheduler
    ) throws {
        let registry = DaemonRegistry()
        let group = try spawn(type, count: 3, scheduler: scheduler, registry: registry)
        XCTAssertEqual((0..<3).map { group.role(of: $0) }, [.active, .standby, .standby], name)
        XCTAssertEqual(group.activeOrigin, EntityKeypair.replica(groupSeed: seed, index: 0).originHash, name)
        XCTAssertEqual(group.standbyCount, 2, name)
        XCTAssertEqual(group.members().map(\.nodeID), [2, 3, 4], name)
        for sequence: UInt64 in 1...3 {
            _ = try registry.deliver(to: group.activeOrigin, inbound(sequence))
            group.recordDelivered(inbound(sequence))
        }

        let through = try group.syncStandbys(registry: registry)

        XCTAssertEqual(through, 3, name)
        XCTAssertEqual((0..<3).map { group.syncedThrough($0) }, [3, 3, 3], name)
        XCTAssertEqual(group.bufferedEventCount, 0, name)
        let heads = group.members().map { registry.host(for: $0.originHash)?.headLink }
        XCTAssertEqual(heads[1], heads[0], name)
        XCTAssertEqual(heads[2], heads[0], name)
    }

    func testSpawnMakesMemberZeroActiveAndSyncCopiesItsState() throws {
        try checkSpawnAndSync(
            ComputeRuntime.StandbyGroup.self, "fixed",
            scheduler: ComputeRuntime.Scheduler(index: makeIndex(), localNodeID: 1, localCaps: .empty))
        try checkSpawnAndSync(
            LegacyBaseline.StandbyGroup.self, "legacy",
            scheduler: LegacyBaseline.Scheduler(index: makeIndex(), localNodeID: 1, localCaps: .empty))
    }

    private func checkFailover<C, H>(_ type: StandbyGroupCore<C, H>.Type, _ name: String, scheduler: C.GroupScheduler)
        throws
    {
        let registry = DaemonRegistry()
        let group = try spawn(type, count: 3, scheduler: scheduler, registry: registry)
        for sequence: UInt64 in 1...5 {
            _ = try registry.deliver(to: group.activeOrigin, inbound(sequence))
            group.recordDelivered(inbound(sequence))
            if sequence == 3 { try group.syncStandbys(registry: registry) }
        }

        let promoted = try group.handleNodeFailure(2, makeDaemon: makeDaemon, scheduler: scheduler, registry: registry)

        // Both standbys synced through 3: the later one wins the tie, then replays events 4 and 5.
        XCTAssertEqual(promoted, group.members()[2].originHash, name)
        XCTAssertEqual(group.activeIndex, 2, name)
        XCTAssertEqual(group.term, 2, name)
        XCTAssertEqual(group.syncedThrough(2), 5, name)
        XCTAssertEqual(registry.host(for: group.activeOrigin)?.headLink.sequence, 5, name)
        XCTAssertEqual(group.role(of: 0), .standby, name)
        XCTAssertEqual(group.members()[0].nodeID, 3, "\(name): only the failed node is excluded")
        XCTAssertEqual(group.syncedThrough(0), 0, name)
        XCTAssertEqual(group.bufferedEventCount, 0, name)
        XCTAssertEqual(group.health(), .healthy, name)
    }

    func testActiveFailurePromotesLatestSyncedStandbyAndReplays() throws {
        try checkFailover(
            ComputeRuntime.StandbyGroup.self, "fixed",
            scheduler: ComputeRuntime.Scheduler(index: makeIndex(), localNodeID: 1, localCaps: .empty))
        try checkFailover(
            LegacyBaseline.StandbyGroup.self, "legacy",
            scheduler: LegacyBaseline.Scheduler(index: makeIndex(), localNodeID: 1, localCaps: .empty))
    }

    func testPromoteWithoutHealthyStandbyAndTooSmallGroupsFail() throws {
        let registry = DaemonRegistry()
        let scheduler = ComputeRuntime.Scheduler(index: makeIndex(), localNodeID: 1, localCaps: .empty)
        let group = try spawn(ComputeRuntime.StandbyGroup.self, count: 2, scheduler: scheduler, registry: registry)
        group.coordinator.markUnhealthy(1)

        XCTAssertThrowsError(try group.promote(registry: registry)) {
            XCTAssertEqual($0 as? GroupError, .noHealthyMember)
        }
        XCTAssertThrowsError(
            try spawn(
                LegacyBaseline.StandbyGroup.self, count: 1,
                scheduler: LegacyBaseline.Scheduler(index: makeIndex(), localNodeID: 1, localCaps: .empty),
                registry: DaemonRegistry())
        ) {
            XCTAssertEqual($0 as? GroupError, .invalidConfig("standby group requires at least 2 members"))
        }
    }
}
