/// N divergent forks of a daemon, each with a fresh random identity and a chain starting at a fork
/// genesis that points back at the parent (spec §3.3); each runtime exposes it as `ForkGroup`.
///
/// The hosts live in the `DaemonRegistry`; the group is a coordination overlay. Single-owner.
public final class ForkGroupCore<Coordinator: GroupCoordinating, Host: DaemonHosting> {
    /// The origin hash of the entity every fork descends from.
    public let parentOrigin: UInt64
    /// The parent sequence the forks were taken at.
    public let forkSequence: UInt64
    public private(set) var config: ForkGroupConfig
    /// Per-fork lineage, in member order.
    public private(set) var forks: [ForkInfo] = []
    /// Members, routing and health.
    public let coordinator: Coordinator
    /// Epoch: starts at 1 and grows by one on every `tryRecover` call that re-places a slot.
    public private(set) var term: UInt64 = 1
    let requirements: CapabilityFilter
    let clock: WallClock

    init(
        parentOrigin: UInt64, forkSequence: UInt64, config: ForkGroupConfig, requirements: CapabilityFilter,
        clock: WallClock
    ) {
        self.parentOrigin = parentOrigin
        self.forkSequence = forkSequence
        self.config = config
        self.requirements = requirements
        self.clock = clock
        coordinator = Coordinator(strategy: config.lbStrategy)
    }

    /// Forks `config.forkCount` new entities off `parentOrigin` at `forkSequence`, spreads them over
    /// nodes and registers their hosts.
    ///
    /// - Throws: `GroupError.invalidConfig` for zero forks, `placementFailed` when spread placement
    ///   fails, `registryFailed` when a host cannot be built or registered.
    public static func fork(
        parentOrigin: UInt64, forkSequence: UInt64, config: ForkGroupConfig, requirements: CapabilityFilter,
        makeDaemon: () -> any MeshDaemon, scheduler: Coordinator.GroupScheduler, registry: DaemonRegistry,
        clock: WallClock = .system
    ) throws(GroupError) -> ForkGroupCore {
        guard config.forkCount > 0 else { throw .invalidConfig("fork_count must be > 0") }
        let group = ForkGroupCore(
            parentOrigin: parentOrigin, forkSequence: forkSequence, config: config, requirements: requirements,
            clock: clock)
        try group.addForks(
            upTo: config.forkCount, makeDaemon: makeDaemon, registry: registry,
            place: MemberPlacement<Coordinator>.spread(scheduler, requirements: requirements))
        return group
    }

    /// `fork` with score-based placement: each fork goes to the best-scoring node not yet used, scored
    /// for `Artifact.daemon(daemonID: its entity id, required, optional)` (reason `bestScore`).
    ///
    /// - Throws: as `fork`, with `GroupError.noCandidateSatisfiedPlacement` when no node survives.
    public static func forkWithPlacement(
        parentOrigin: UInt64, forkSequence: UInt64, config: ForkGroupConfig, requirements: CapabilityFilter,
        required: CapabilitySet = .empty, optional: CapabilitySet = .empty, makeDaemon: () -> any MeshDaemon,
        scheduler: Coordinator.GroupScheduler, registry: DaemonRegistry, placement: some PlacementFilter,
        tieBreak: TieBreakContext, clock: WallClock = .system
    ) throws(GroupError) -> ForkGroupCore {
        guard config.forkCount > 0 else { throw .invalidConfig("fork_count must be > 0") }
        let group = ForkGroupCore(
            parentOrigin: parentOrigin, forkSequence: forkSequence, config: config, requirements: requirements,
            clock: clock)
        try group.addForks(
            upTo: config.forkCount, makeDaemon: makeDaemon, registry: registry,
            place: MemberPlacement<Coordinator>.scored(
                scheduler, requirements: requirements, required: required, optional: optional, placement: placement,
                tieBreak: tieBreak))
        return group
    }

    /// Grows (new random forks) or shrinks (remove the tail, unregister) the group to `count`.
    ///
    /// - Throws: `GroupError.invalidConfig` for zero, or the errors of `fork`.
    public func scale(
        to count: UInt8, makeDaemon: () -> any MeshDaemon, scheduler: Coordinator.GroupScheduler,
        registry: DaemonRegistry
    ) throws(GroupError) {
        guard count > 0 else { throw .invalidConfig("fork_count must be > 0") }
        if count > coordinator.memberCount {
            try addForks(
                upTo: count, makeDaemon: makeDaemon, registry: registry,
                place: MemberPlacement<Coordinator>.spread(scheduler, requirements: requirements))
        } else {
            while coordinator.memberCount > count, let removed = coordinator.removeLast() {
                try? registry.unregister(removed.originHash)
                forks.removeLast()
            }
        }
        config.forkCount = count
    }

    /// Re-places every fork of `failedNodeID` under its stored identity, restarting its chain at its
    /// fork genesis; a fork that cannot be placed stays unhealthy (and registered).
    ///
    /// - Returns: the indices re-placed, in member order.
    /// - Throws: `GroupError.registryFailed` when a replacement host cannot be built.
    public func handleNodeFailure(
        _ failedNodeID: UInt64, makeDaemon: () -> any MeshDaemon, scheduler: Coordinator.GroupScheduler,
        registry: DaemonRegistry
    ) throws(GroupError) -> [UInt8] {
        var exclude: Set<UInt64> = [failedNodeID]
        var replaced: [UInt8] = []
        for index in coordinator.membersOnNode(failedNodeID) {
            coordinator.markUnhealthy(index)
            guard Int(index) < forks.count else { continue }
            let fork = forks[Int(index)]
            guard
                let placement = try? Coordinator.placeWithSpread(
                    scheduler: scheduler, requirements: requirements, exclude: exclude)
            else { continue }
            registry.replace(try makeHost(fork.keypair, genesis: fork.record.forkGenesis, makeDaemon: makeDaemon))
            coordinator.updateMemberPlacement(index, nodeID: placement.nodeID, entityID: fork.keypair.entityID)
            exclude.insert(placement.nodeID)
            replaced.append(index)
        }
        return replaced
    }

    /// Whether any fork is marked unhealthy.
    public var hasUnhealthySlots: Bool { coordinator.members().contains { !$0.isHealthy } }

    /// Re-places up to four unhealthy forks (in member order) under their stored identities,
    /// restarting each chain at its fork genesis and spreading away from the healthy forks' nodes;
    /// bumps `term` when any slot recovers.
    ///
    /// - Returns: the recovered indices; slots that cannot be placed or rebuilt wait for the next call.
    public func tryRecover(
        scheduler: Coordinator.GroupScheduler, registry: DaemonRegistry, makeDaemon: () -> any MeshDaemon
    ) -> [UInt8] {
        let members = coordinator.members()
        let unhealthy = members.filter { !$0.isHealthy }.prefix(RecoveryLimits.slotsPerTick).map(\.index)
        var exclude = Set(members.filter(\.isHealthy).map(\.nodeID))
        var recovered: [UInt8] = []
        for index in unhealthy where Int(index) < forks.count {
            let fork = forks[Int(index)]
            guard
                let placement = try? Coordinator.placeWithSpread(
                    scheduler: scheduler, requirements: requirements, exclude: exclude),
                let host = try? makeHost(fork.keypair, genesis: fork.record.forkGenesis, makeDaemon: makeDaemon)
            else { continue }
            registry.replace(host)
            coordinator.updateMemberPlacement(index, nodeID: placement.nodeID, entityID: fork.keypair.entityID)
            exclude.insert(placement.nodeID)
            recovered.append(index)
        }
        if !recovered.isEmpty && term < .max { term += 1 }
        return recovered
    }

    /// Marks healthy the forks on `nodeID` whose hosts `registry` still holds.
    public func handleNodeRecovery(_ nodeID: UInt64, registry: DaemonRegistry) {
        coordinator.onNodeRecovery(nodeID, registry: registry)
    }

    /// Routes an event to a fork; see `GroupCoordinating.routeEvent`.
    public func routeEvent(_ context: RequestContext) throws(GroupError) -> UInt64 {
        try coordinator.routeEvent(context)
    }

    /// Whether every fork's record verifies.
    public func verifyLineage() -> Bool { forks.allSatisfy { $0.record.verify() } }
    public func health() -> GroupHealth { coordinator.health() }
    public func members() -> [MemberInfo] { coordinator.members() }
    /// Fork count saturated at 255.
    public var forkCount: UInt8 { coordinator.memberCount }
    /// Healthy fork count saturated at 255.
    public var healthyCount: UInt8 { coordinator.healthyCount }

    private func makeHost(
        _ keypair: EntityKeypair, genesis: CausalLink, makeDaemon: () -> any MeshDaemon
    ) throws(GroupError) -> Host {
        do {
            return try Host.fromFork(
                daemon: makeDaemon(), identity: keypair.identity, forkGenesis: genesis, config: config.hostConfig,
                clock: clock)
        } catch {
            throw .registryFailed(error.description)
        }
    }

    private func addForks(
        upTo count: UInt8, makeDaemon: () -> any MeshDaemon, registry: DaemonRegistry, place: MemberPlacer
    ) throws(GroupError) {
        var usedNodes = Set(coordinator.members().map(\.nodeID))
        for index in coordinator.memberCount..<count {
            let keypair = EntityKeypair.random()
            let record = ForkRecord(
                originalOrigin: parentOrigin, forkedOrigin: keypair.originHash, forkSequence: forkSequence)
            let placement = try place(usedNodes, keypair.entityID)
            usedNodes.insert(placement.nodeID)
            let host = try makeHost(keypair, genesis: record.forkGenesis, makeDaemon: makeDaemon)
            do {
                try registry.register(host)
            } catch {
                throw .registryFailed(error.description)
            }
            coordinator.addMember(
                MemberInfo(
                    index: index, originHash: keypair.originHash, nodeID: placement.nodeID,
                    entityID: keypair.entityID, isHealthy: true))
            forks.append(ForkInfo(index: index, record: record, keypair: keypair))
        }
    }
}
