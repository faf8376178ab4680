import ComputeRuntime
import LegacyBaseline
import XCTest

/// `tryRecover` of replica and fork groups (spec §3.3, §5) on both runtimes.
final class GroupRecoveryTests: XCTestCase {
    private final class SinkDaemon: MeshDaemon {
        let name = "sink"
        func process(_ event: CausalEvent) throws(DaemonError) -> [[UInt8]] { [] }
    }

    private let gpu = CapabilitySet(tags: ["gpu"])
    private let requirements = CapabilityFilter().requireTag("gpu")
    private let makeDaemon: () -> any MeshDaemon = { SinkDaemon() }

    private func makeIndex(_ nodes: ClosedRange<UInt64>) -> CapabilityIndex {
        let index = CapabilityIndex()
        for node in nodes { index.index(nodeID: node, caps: gpu, version: 1) }
        return index
    }

    /// Six replicas, all marked unhealthy, recover four then two per call onto fresh nodes.
    private func checkReplicaRecovery<C, H>(
        _ type: ReplicaGroupCore<C, H>.Type, _ name: String, makeScheduler: (CapabilityIndex) -> C.GroupScheduler
    ) throws {
        let index = makeIndex(2...7)
        let scheduler = makeScheduler(index)
        let registry = DaemonRegistry()
        let group = try type.spawn(
            config: ReplicaGroupConfig(replicaCount: 6, groupSeed: [UInt8](repeating: 9, count: 32)),
            requirements: requirements, makeDaemon: makeDaemon, scheduler: scheduler, registry: registry)
        let identities = group.replicas().map(\.entityID)
        for slot: UInt8 in 0..<6 { group.coordinator.markUnhealthy(slot) }
        for node: UInt64 in 2...7 { index.remove(nodeID: node) }
        for node: UInt64 in 10...15 { index.index(nodeID: node, caps: gpu, version: 1) }

        let first = group.tryRecover(scheduler: scheduler, registry: registry, makeDaemon: makeDaemon)
        let termAfterFirst = group.term
        let second = group.tryRecover(scheduler: scheduler, registry: registry, makeDaemon: makeDaemon)
        let third = group.tryRecover(scheduler: scheduler, registry: registry, makeDaemon: makeDaemon)

        XCTAssertEqual(first, [0, 1, 2, 3], name)
        XCTAssertEqual(termAfterFirst, 2, name)
        XCTAssertEqual(second, [4, 5], name)
        XCTAssertEqual(third, [], name)
        XCTAssertEqual(group.term, 3, name)
        XCTAssertFalse(group.hasUnhealthySlots, name)
        XCTAssertEqual(group.replicas().map(\.nodeID), [10, 11, 12, 13, 14, 15], name)
        XCTAssertEqual(group.replicas().map(\.entityID), identities, name)
        XCTAssertEqual(registry.count, 6, name)
    }

    func testReplicaRecoveryHandlesFourSlotsPerCall() throws {
        try checkReplicaRecovery(ComputeRuntime.ReplicaGroup.self, "fixed") {
            ComputeRuntime.Scheduler(index: $0, localNodeID: 1, localCaps: .empty)
        }
        try checkReplicaRecovery(LegacyBaseline.ReplicaGroup.self, "legacy") {
            LegacyBaseline.Scheduler(index: $0, localNodeID: 1, localCaps: .empty)
        }
    }

    /// A fork whose node failed with nowhere to go stays unhealthy until a node appears.
    private func checkForkRecovery<C, H>(
        _ type: ForkGroupCore<C, H>.Type, _ name: String, makeScheduler: (CapabilityIndex) -> C.GroupScheduler
    ) throws {
        let index = makeIndex(2...3)
        let scheduler = makeScheduler(index)
        let registry = DaemonRegistry()
        let group = try type.fork(
            parentOrigin: 7, forkSequence: 1, config: ForkGroupConfig(forkCount: 2), requirements: requirements,
            makeDaemon: makeDaemon, scheduler: scheduler, registry: registry)
        let stranded = group.members()[1]
        index.remove(nodeID: 2)
        index.remove(nodeID: 3)

        let replaced = try group.handleNodeFailure(3, makeDaemon: makeDaemon, scheduler: scheduler, registry: registry)
        let stillStranded = group.tryRecover(scheduler: scheduler, registry: registry, makeDaemon: makeDaemon)
        index.index(nodeID: 20, caps: gpu, version: 1)
        let recovered = group.tryRecover(scheduler: scheduler, registry: registry, makeDaemon: makeDaemon)

        XCTAssertEqual(replaced, [], name)
        XCTAssertEqual(stillStranded, [], name)
        XCTAssertEqual(recovered, [1], name)
        XCTAssertEqual(group.term, 2, name)
        XCTAssertEqual(group.members()[1].nodeID, 20, name)
        XCTAssertEqual(group.members()[1].entityID, stranded.entityID, name)
        XCTAssertEqual(registry.host(for: stranded.originHash)?.headLink, group.forks[1].record.forkGenesis, name)
        XCTAssertEqual(group.health(), .healthy, name)
    }

    func testForkRecoveryWaitsForANodeThenRestoresTheFork() throws {
        try checkForkRecovery(ComputeRuntime.ForkGroup.self, "fixed") {
            ComputeRuntime.Scheduler(index: $0, localNodeID: 1, localCaps: .empty)
        }
        try checkForkRecovery(LegacyBaseline.ForkGroup.self, "legacy") {
            LegacyBaseline.Scheduler(index: $0, localNodeID: 1, localCaps: .empty)
        }
    }
}
