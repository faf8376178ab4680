/// N interchangeable copies of a daemon with deterministic identities (spec §3.3), composed from a
/// runtime's coordinator and daemon host; each runtime exposes it as `ReplicaGroup`.
///
/// The hosts live in the `DaemonRegistry`; the group is a coordination overlay. Single-owner.
public final class ReplicaGroupCore<Coordinator: GroupCoordinating, Host: DaemonHosting> {
    /// `UInt32(truncatingIfNeeded: xxh3_64(groupSeed))`.
    public let groupID: UInt32
    public private(set) var config: ReplicaGroupConfig
    /// Members, routing and health.
    public let coordinator: Coordinator
    /// Epoch: starts at 1 and grows by one on every `tryRecover` call that re-places a slot.
    public private(set) var term: UInt64 = 1
    let requirements: CapabilityFilter
    let clock: WallClock

    init(config: ReplicaGroupConfig, requirements: CapabilityFilter, clock: WallClock) {
        groupID = UInt32(truncatingIfNeeded: XXH3.hash64(config.groupSeed))
        self.config = config
        self.requirements = requirements
        self.clock = clock
        coordinator = Coordinator(strategy: config.lbStrategy)
    }

    /// Derives, places (spread across nodes) and registers `config.replicaCount` replicas.
    ///
    /// - Parameters:
    ///   - requirements: the daemon's capability filter, used for every placement.
    ///   - makeDaemon: builds one daemon instance per replica.
    /// - Throws: `GroupError.invalidConfig` for zero replicas, `placementFailed` when spread placement
    ///   fails, `registryFailed` when an origin is already registered. Replicas registered before the
    ///   failure stay registered, as upstream leaves them.
    public static func spawn(
        config: ReplicaGroupConfig, requirements: CapabilityFilter, makeDaemon: () -> any MeshDaemon,
        scheduler: Coordinator.GroupScheduler, registry: DaemonRegistry, clock: WallClock = .system
    ) throws(GroupError) -> ReplicaGroupCore {
        guard config.replicaCount > 0 else { throw .invalidConfig("replica_count must be > 0") }
        let group = ReplicaGroupCore(config: config, requirements: requirements, clock: clock)
        try group.addReplicas(
            upTo: config.replicaCount, makeDaemon: makeDaemon, registry: registry,
            place: group.spreadPlacer(scheduler))
        return group
    }

    /// `spawn` with score-based placement: each replica goes to the best-scoring node not yet used,
    /// scored for `Artifact.daemon(daemonID: its entity id, required, optional)` (reason `bestScore`).
    ///
    /// - Throws: as `spawn`, with `GroupError.noCandidateSatisfiedPlacement` when no node survives.
    public static func spawnWithPlacement(
        config: ReplicaGroupConfig, requirements: CapabilityFilter, required: CapabilitySet = .empty,
        optional: CapabilitySet = .empty, makeDaemon: () -> any MeshDaemon, scheduler: Coordinator.GroupScheduler,
        registry: DaemonRegistry, placement: some PlacementFilter, tieBreak: TieBreakContext,
        clock: WallClock = .system
    ) throws(GroupError) -> ReplicaGroupCore {
        guard config.replicaCount > 0 else { throw .invalidConfig("replica_count must be > 0") }
        let group = ReplicaGroupCore(config: config, requirements: requirements, clock: clock)
        try group.addReplicas(
            upTo: config.replicaCount, makeDaemon: makeDaemon, registry: registry,
            place: group.scoredPlacer(scheduler, required, optional, placement, tieBreak))
        return group
    }

    /// Grows (derive, place, register) or shrinks (remove the tail, unregister) the group to `count`.
    ///
    /// - Throws: `GroupError.invalidConfig` for zero, or the placement/registry errors of `spawn`.
    public func scale(
        to count: UInt8, makeDaemon: () -> any MeshDaemon, scheduler: Coordinator.GroupScheduler,
        registry: DaemonRegistry
    ) throws(GroupError) {
        try resize(to: count, makeDaemon: makeDaemon, registry: registry, place: spreadPlacer(scheduler))
    }

    /// `scale(to:)` with the score-based placement of `spawnWithPlacement` for new replicas.
    public func scaleWithPlacement(
        to count: UInt8, required: CapabilitySet = .empty, optional: CapabilitySet = .empty,
        makeDaemon: () -> any MeshDaemon, scheduler: Coordinator.GroupScheduler, registry: DaemonRegistry,
        placement: some PlacementFilter, tieBreak: TieBreakContext
    ) throws(GroupError) {
        try resize(
            to: count, makeDaemon: makeDaemon, registry: registry,
            place: scoredPlacer(scheduler, required, optional, placement, tieBreak))
    }

    private func resize(
        to count: UInt8, makeDaemon: () -> any MeshDaemon, registry: DaemonRegistry, place: MemberPlacer
    ) throws(GroupError) {
        guard count > 0 else { throw .invalidConfig("replica_count must be > 0") }
        if count > coordinator.memberCount {
            try addReplicas(upTo: count, makeDaemon: makeDaemon, registry: registry, place: place)
        } else {
            while coordinator.memberCount > count, let removed = coordinator.removeLast() {
                // Upstream ignores a failed unregister: the slot is gone from the group either way.
                try? registry.unregister(removed.originHash)
            }
        }
        config.replicaCount = count
    }

    /// Re-places every replica of `failedNodeID` under its same deterministic identity, avoiding the
    /// failed node and nodes chosen in this call; a replica that cannot be placed stays unhealthy
    /// (and registered) for later recovery.
    ///
    /// - Returns: the indices re-placed, in member order.
    public func handleNodeFailure(
        _ failedNodeID: UInt64, makeDaemon: () -> any MeshDaemon, scheduler: Coordinator.GroupScheduler,
        registry: DaemonRegistry
    ) -> [UInt8] {
        replaceReplicas(on: failedNodeID, makeDaemon: makeDaemon, registry: registry, place: spreadPlacer(scheduler))
    }

    /// `handleNodeFailure` with the score-based placement of `spawnWithPlacement`.
    public func handleNodeFailureWithPlacement(
        _ failedNodeID: UInt64, required: CapabilitySet = .empty, optional: CapabilitySet = .empty,
        makeDaemon: () -> any MeshDaemon, scheduler: Coordinator.GroupScheduler, registry: DaemonRegistry,
        placement: some PlacementFilter, tieBreak: TieBreakContext
    ) -> [UInt8] {
        replaceReplicas(
            on: failedNodeID, makeDaemon: makeDaemon, registry: registry,
            place: scoredPlacer(scheduler, required, optional, placement, tieBreak))
    }

    private func replaceReplicas(
        on failedNodeID: UInt64, makeDaemon: () -> any MeshDaemon, registry: DaemonRegistry, place: MemberPlacer
    ) -> [UInt8] {
        var exclude: Set<UInt64> = [failedNodeID]
        var replaced: [UInt8] = []
        for index in coordinator.membersOnNode(failedNodeID) {
            coordinator.markUnhealthy(index)
            let keypair = EntityKeypair.replica(groupSeed: config.groupSeed, index: index)
            guard let placement = try? place(exclude, keypair.entityID) else { continue }
            registry.replace(makeHost(keypair, makeDaemon: makeDaemon))
            coordinator.updateMemberPlacement(index, nodeID: placement.nodeID, entityID: keypair.entityID)
            exclude.insert(placement.nodeID)
            replaced.append(index)
        }
        return replaced
    }

    /// Whether any replica is marked unhealthy.
    public var hasUnhealthySlots: Bool { coordinator.members().contains { !$0.isHealthy } }

    /// Re-places up to four unhealthy replicas (in member order) under their derived identities,
    /// spreading away from the healthy replicas' nodes; bumps `term` when any slot recovers.
    ///
    /// - Returns: the recovered indices; slots that still cannot be placed wait for the next call.
    public func tryRecover(
        scheduler: Coordinator.GroupScheduler, registry: DaemonRegistry, makeDaemon: () -> any MeshDaemon
    ) -> [UInt8] {
        let members = coordinator.members()
        let unhealthy = members.filter { !$0.isHealthy }.prefix(RecoveryLimits.slotsPerTick).map(\.index)
        var exclude = Set(members.filter(\.isHealthy).map(\.nodeID))
        var recovered: [UInt8] = []
        for index in unhealthy {
            let keypair = EntityKeypair.replica(groupSeed: config.groupSeed, index: index)
            guard
                let placement = try? Coordinator.placeWithSpread(
                    scheduler: scheduler, requirements: requirements, exclude: exclude)
            else { continue }
            registry.replace(makeHost(keypair, makeDaemon: makeDaemon))
            coordinator.updateMemberPlacement(index, nodeID: placement.nodeID, entityID: keypair.entityID)
            exclude.insert(placement.nodeID)
            recovered.append(index)
        }
        if !recovered.isEmpty && term < .max { term += 1 }
        return recovered
    }

    /// Marks healthy the replicas on `nodeID` whose hosts `registry` still holds.
    public func handleNodeRecovery(_ nodeID: UInt64, registry: DaemonRegistry) {
        coordinator.onNodeRecovery(nodeID, registry: registry)
    }

    /// Routes an event to a replica; see `GroupCoordinating.routeEvent`.
    public func routeEvent(_ context: RequestContext) throws(GroupError) -> UInt64 {
        try coordinator.routeEvent(context)
    }

    public func health() -> GroupHealth { coordinator.health() }
    public func replicas() -> [MemberInfo] { coordinator.members() }
    /// Replica count saturated at 255.
    public var replicaCount: UInt8 { coordinator.memberCount }
    /// Healthy replica count saturated at 255.
    public var healthyCount: UInt8 { coordinator.healthyCount }

    private func spreadPlacer(_ scheduler: Coordinator.GroupScheduler) -> MemberPlacer {
        MemberPlacement<Coordinator>.spread(scheduler, requirements: requirements)
    }

    private func scoredPlacer(
        _ scheduler: Coordinator.GroupScheduler, _ required: CapabilitySet, _ optional: CapabilitySet,
        _ placement: some PlacementFilter, _ tieBreak: TieBreakContext
    ) -> MemberPlacer {
        MemberPlacement<Coordinator>.scored(
            scheduler, requirements: requirements, required: required, optional: optional, placement: placement,
            tieBreak: tieBreak)
    }

    /// A fresh host for the replica with `keypair`.
    private func makeHost(_ keypair: EntityKeypair, makeDaemon: () -> any MeshDaemon) -> Host {
        Host(daemon: makeDaemon(), identity: keypair.identity, config: config.hostConfig, clock: clock)
    }

    private func addReplicas(
        upTo count: UInt8, makeDaemon: () -> any MeshDaemon, registry: DaemonRegistry, place: MemberPlacer
    ) throws(GroupError) {
        var usedNodes = Set(coordinator.members().map(\.nodeID))
        for index in coordinator.memberCount..<count {
            let keypair = EntityKeypair.replica(groupSeed: config.groupSeed, index: index)
            let placement = try place(usedNodes, keypair.entityID)
            usedNodes.insert(placement.nodeID)
            do {
                try registry.register(makeHost(keypair, makeDaemon: makeDaemon))
            } catch {
                throw .registryFailed(error.description)
            }
            coordinator.addMember(
                MemberInfo(
                    index: index, originHash: keypair.originHash, nodeID: placement.nodeID,
                    entityID: keypair.entityID, isHealthy: true))
        }
    }
}
