/// One active member processing events and standbys holding its snapshots, promoted on failure
/// (spec §3.3); each runtime exposes it as `StandbyGroup`.
///
/// Events go to the active member (`activeOrigin`), not through the load balancer, so the
/// coordinator always uses round robin. The hosts live in the `DaemonRegistry`. Single-owner.
public final class StandbyGroupCore<Coordinator: GroupCoordinating, Host: DaemonHosting> {
    struct MemberState {
        var role: MemberRole
        /// Chain sequence the member's state covers: the last sync for a standby, the head for the active.
        var syncedThrough: UInt64 = 0
        /// Whether a sync ever reached this member (upstream keeps the time; only its presence matters).
        var hasSynced = false
        let keypair: EntityKeypair
    }

    /// `UInt32(truncatingIfNeeded: xxh3_64(groupSeed))`.
    public let groupID: UInt32
    public let config: StandbyGroupConfig
    /// Members, placement and health.
    public let coordinator: Coordinator
    /// Epoch: starts at 1, grows on every promotion and on every recovery that re-places a slot.
    public private(set) var term: UInt64 = 1
    /// The member currently processing events.
    public private(set) var activeIndex: UInt8 = 0
    var states: [MemberState] = []
    /// Events delivered since the last complete sync; replayed on the promoted standby.
    var bufferedSinceSync: [CausalEvent] = []
    let requirements: CapabilityFilter
    let clock: WallClock

    init(config: StandbyGroupConfig, requirements: CapabilityFilter, clock: WallClock) {
        groupID = UInt32(truncatingIfNeeded: XXH3.hash64(config.groupSeed))
        self.config = config
        self.requirements = requirements
        self.clock = clock
        coordinator = Coordinator(strategy: .roundRobin)
    }

    /// Derives, places (spread) and registers `config.memberCount` members; member 0 is active.
    ///
    /// - Throws: `GroupError.invalidConfig` for fewer than 2 members, `placementFailed` when spread
    ///   placement fails, `registryFailed` when an origin is already registered.
    public static func spawn(
        config: StandbyGroupConfig, requirements: CapabilityFilter, makeDaemon: () -> any MeshDaemon,
        scheduler: Coordinator.GroupScheduler, registry: DaemonRegistry, clock: WallClock = .system
    ) throws(GroupError) -> StandbyGroupCore {
        guard config.memberCount >= 2 else { throw .invalidConfig("standby group requires at least 2 members") }
        let group = StandbyGroupCore(config: config, requirements: requirements, clock: clock)
        var usedNodes: Set<UInt64> = []
        for index in 0..<config.memberCount {
            let keypair = EntityKeypair.replica(groupSeed: config.groupSeed, index: index)
            let placement = try Coordinator.placeWithSpread(
                scheduler: scheduler, requirements: requirements, exclude: usedNodes)
            usedNodes.insert(placement.nodeID)
            do {
                try registry.register(
                    Host(daemon: makeDaemon(), identity: keypair.identity, config: config.hostConfig, clock: clock))
            } catch {
                throw .registryFailed(error.description)
            }
            group.coordinator.addMember(
                MemberInfo(
                    index: index, originHash: keypair.originHash, nodeID: placement.nodeID,
                    entityID: keypair.entityID, isHealthy: true))
            group.states.append(MemberState(role: index == 0 ? .active : .standby, keypair: keypair))
        }
        return group
    }

    /// The origin hash of the active member: where events go.
    public var activeOrigin: UInt64 { coordinator.members()[Int(activeIndex)].originHash }

    /// Records an event delivered to the active, to replay on a standby promoted before the next sync.
    public func recordDelivered(_ event: CausalEvent) {
        bufferedSinceSync.append(event)
    }

    /// Snapshots the active and restores the snapshot into every standby, in member order.
    ///
    /// Stops at the first standby that fails; standbys restored before it count as synced. The
    /// buffer is cleared only when every standby was restored.
    /// - Returns: the chain sequence the snapshot covers.
    /// - Throws: `GroupError.registryFailed` when the active is missing or stateless, or a restore fails.
    @discardableResult
    public func syncStandbys(registry: DaemonRegistry) throws(GroupError) -> UInt64 {
        let activeOrigin = self.activeOrigin
        guard let active = registry.host(for: activeOrigin) else {
            throw .registryFailed(DaemonError.notFound(activeOrigin).description)
        }
        guard let snapshot = active.takeSnapshot() else { throw .registryFailed("active daemon is stateless") }
        let throughSequence = snapshot.chainLink.sequence
        let members = coordinator.members()
        var firstError: GroupError? = nil
        var restored = 0
        let standbys = states.indices.filter { states[$0].role == .standby }
        for position in standbys {
            let origin = members[position].originHash
            do throws(DaemonError) {
                guard let host = registry.host(for: origin) else { throw .notFound(origin) }
                try host.restore(from: snapshot)
            } catch {
                firstError = .registryFailed(error.description)
                break
            }
            states[position].syncedThrough = throughSequence
            states[position].hasSynced = true
            restored += 1
        }
        for position in states.indices where states[position].role == .active {
            states[position].syncedThrough = throughSequence
        }
        if let firstError { throw firstError }
        if restored == standbys.count { bufferedSinceSync.removeAll() }
        return throughSequence
    }

    /// Makes the healthy standby with the most recent sync the active one (ties: the later member,
    /// as upstream's `max_by_key` keeps the last maximum), marks the old active unhealthy, bumps
    /// `term`, and replays buffered events newer than the new active's sync.
    ///
    /// - Returns: the new active's origin hash.
    /// - Throws: `GroupError.noHealthyMember` when no healthy standby exists.
    @discardableResult
    public func promote(registry: DaemonRegistry) throws(GroupError) -> UInt64 {
        let oldActive = activeIndex
        let members = coordinator.members()
        let candidates = states.indices.filter {
            states[$0].role == .standby && $0 != Int(oldActive) && members[$0].isHealthy
        }
        func latest(_ positions: [Int]) -> Int? {
            var best: Int? = nil
            for position in positions
            where best.map({ states[position].syncedThrough >= states[$0].syncedThrough }) ?? true {
                best = position
            }
            return best
        }
        guard let chosen = latest(candidates.filter { states[$0].hasSynced }) ?? latest(candidates) else {
            throw .noHealthyMember
        }
        coordinator.markUnhealthy(oldActive)
        states[Int(oldActive)].role = .standby
        activeIndex = UInt8(chosen)
        states[chosen].role = .active
        if term < .max { term += 1 }
        let newOrigin = members[chosen].originHash
        let syncedThrough = states[chosen].syncedThrough
        for event in bufferedSinceSync where event.link.sequence > syncedThrough {
            // Upstream ignores replay failures: the promotion stands either way.
            _ = try? registry.deliver(to: newOrigin, event)
        }
        bufferedSinceSync.removeAll()
        if let snapshot = registry.host(for: newOrigin)?.takeSnapshot() {
            states[chosen].syncedThrough = snapshot.chainLink.sequence
        }
        return newOrigin
    }

    /// Marks the members of `failedNodeID` unhealthy, promotes a standby if the active was among
    /// them, and re-places the other affected members under their derived identities (unsynced).
    ///
    /// - Returns: the new active's origin when a promotion happened.
    /// - Throws: `promote`'s `GroupError.noHealthyMember`.
    @discardableResult
    public func handleNodeFailure(
        _ failedNodeID: UInt64, makeDaemon: () -> any MeshDaemon, scheduler: Coordinator.GroupScheduler,
        registry: DaemonRegistry
    ) throws(GroupError) -> UInt64? {
        let affected = coordinator.membersOnNode(failedNodeID)
        for index in affected { coordinator.markUnhealthy(index) }
        let newActive = affected.contains(activeIndex) ? try promote(registry: registry) : nil
        var exclude: Set<UInt64> = [failedNodeID]
        for index in affected where index != activeIndex {
            if let placement = replace(
                index, exclude: exclude, makeDaemon: makeDaemon, scheduler: scheduler, registry: registry)
            {
                exclude.insert(placement)
            }
        }
        return newActive
    }

    /// Marks healthy the members on `nodeID` whose hosts `registry` still holds.
    public func handleNodeRecovery(_ nodeID: UInt64, registry: DaemonRegistry) {
        coordinator.onNodeRecovery(nodeID, registry: registry)
    }

    /// Whether any member is marked unhealthy.
    public var hasUnhealthySlots: Bool { coordinator.members().contains { !$0.isHealthy } }

    /// Re-places up to four unhealthy non-active members away from the healthy members' nodes;
    /// bumps `term` when any slot recovers.
    ///
    /// - Returns: the recovered indices.
    public func tryRecover(
        scheduler: Coordinator.GroupScheduler, registry: DaemonRegistry, makeDaemon: () -> any MeshDaemon
    ) -> [UInt8] {
        let members = coordinator.members()
        let unhealthy = members.filter { !$0.isHealthy && $0.index != activeIndex }
            .prefix(RecoveryLimits.slotsPerTick).map(\.index)
        var exclude = Set(members.filter(\.isHealthy).map(\.nodeID))
        var recovered: [UInt8] = []
        for index in unhealthy {
            guard
                let node = replace(
                    index, exclude: exclude, makeDaemon: makeDaemon, scheduler: scheduler, registry: registry)
            else { continue }
            exclude.insert(node)
            recovered.append(index)
        }
        if !recovered.isEmpty && term < .max { term += 1 }
        return recovered
    }

    public func health() -> GroupHealth { coordinator.health() }
    /// Whether the active member is marked healthy.
    public var isActiveHealthy: Bool { coordinator.members()[Int(activeIndex)].isHealthy }
    public func members() -> [MemberInfo] { coordinator.members() }
    /// Member count saturated at 255.
    public var memberCount: UInt8 { coordinator.memberCount }
    /// Number of members in the standby role.
    public var standbyCount: UInt8 { UInt8(clamping: states.filter { $0.role == .standby }.count) }
    /// Number of events buffered since the last complete sync.
    public var bufferedEventCount: Int { bufferedSinceSync.count }
    /// The role of member `index`, if it exists.
    public func role(of index: UInt8) -> MemberRole? { Int(index) < states.count ? states[Int(index)].role : nil }
    /// The sequence member `index`'s state covers, if it exists.
    public func syncedThrough(_ index: UInt8) -> UInt64? {
        Int(index) < states.count ? states[Int(index)].syncedThrough : nil
    }

    /// Re-places member `index` on a fresh host under its identity; the node it went to, or nil.
    private func replace(
        _ index: UInt8, exclude: Set<UInt64>, makeDaemon: () -> any MeshDaemon, scheduler: Coordinator.GroupScheduler,
        registry: DaemonRegistry
    ) -> UInt64? {
        let keypair = states[Int(index)].keypair
        guard
            let placement = try? Coordinator.placeWithSpread(
                scheduler: scheduler, requirements: requirements, exclude: exclude)
        else { return nil }
        registry.replace(
            Host(daemon: makeDaemon(), identity: keypair.identity, config: config.hostConfig, clock: clock))
        coordinator.updateMemberPlacement(index, nodeID: placement.nodeID, entityID: keypair.entityID)
        states[Int(index)].syncedThrough = 0
        states[Int(index)].hasSynced = false
        return placement.nodeID
    }
}
