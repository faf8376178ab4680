/// Routes a compute group's events to its members and tracks their health (spec §3), with audit
/// items #152, #158 and #167 fixed.
///
/// Single-owner: mutating calls need exclusive access (spec §0.6).
public final class GroupCoordinator: GroupCoordinating {
    public typealias GroupScheduler = Scheduler

    /// The balancer whose endpoints are the members' entity ids.
    public let lb: LoadBalancer
    // `@exclusivity(unchecked)` on every stored `var`, here and in legacy alike: the coordinator is
    // single-owner (spec §0.6), which upstream's `&mut self` proves at compile time; Swift would
    // check each access at run time instead (`swift_beginAccess`, about 80 instructions, more than
    // the #152 probe itself), a cost the original never pays.
    @exclusivity(unchecked) private var memberList: [MemberInfo] = []
    // #152: entity id → origin hash, kept exact by every mutation so routing is one probe.
    @exclusivity(unchecked) private var originHashByEntityID = OriginHashIndex()
    // #167: the number of members with `isHealthy`, maintained instead of counted.
    @exclusivity(unchecked) private var healthyMemberCount = 0

    public init(strategy: Strategy) {
        lb = LoadBalancer.withStrategy(strategy)
    }

    /// - Complexity: amortized O(1) plus the balancer's `addEndpoint`.
    public func addMember(_ member: MemberInfo) {
        lb.addEndpoint(Endpoint(member.entityID))
        memberList.append(member)
        originHashByEntityID.insert(member.entityID, originHash: member.originHash)
        if member.isHealthy { healthyMemberCount += 1 }
    }

    public func removeLast() -> MemberInfo? {
        guard let member = memberList.popLast() else { return nil }
        lb.removeEndpoint(member.entityID)
        originHashByEntityID.remove(member.entityID)
        if member.isHealthy { healthyMemberCount -= 1 }
        return member
    }

    /// - Complexity: the balancer's `select` plus one dictionary probe; the lookup allocates nothing.
    public func routeEvent(_ context: RequestContext) throws(GroupError) -> UInt64 {
        let selection: Selection
        do {
            selection = try lb.select(context)
        } catch {
            throw .noHealthyMember
        }
        guard let originHash = originHash(forEntityID: selection.nodeID) else { throw .noHealthyMember }
        return originHash
    }

    /// - Complexity: O(1).
    public func originHash(forEntityID entityID: NodeID) -> UInt64? {
        // #152: one hash probe instead of scanning every member's 32-byte id.
        originHashByEntityID.originHash(for: entityID)
    }

    public func markUnhealthy(_ index: UInt8) {
        setHealth(index, isHealthy: false)
    }

    public func markHealthy(_ index: UInt8) {
        setHealth(index, isHealthy: true)
    }

    /// - Complexity: O(1) plus the balancer's `removeEndpoint` and `addEndpoint`.
    public func updateMemberPlacement(_ index: UInt8, nodeID: UInt64, entityID: NodeID) {
        guard let position = position(of: index) else { return }
        let old = memberList[position]
        lb.removeEndpoint(old.entityID)
        originHashByEntityID.remove(old.entityID)
        originHashByEntityID.insert(entityID, originHash: old.originHash)
        if !old.isHealthy { healthyMemberCount += 1 }
        memberList[position].nodeID = nodeID
        memberList[position].entityID = entityID
        memberList[position].isHealthy = true
        lb.addEndpoint(Endpoint(entityID))
    }

    public func onNodeRecovery(_ nodeID: UInt64, registry: some DaemonRegistryQuerying) {
        for position in memberList.indices {
            let member = memberList[position]
            if member.nodeID == nodeID && !member.isHealthy && registry.contains(member.originHash) {
                memberList[position].isHealthy = true
                healthyMemberCount += 1
                lb.updateHealth(member.entityID, .healthy)
            }
        }
    }

    /// - Complexity: O(1).
    public func health() -> GroupHealth {
        GroupHealth(healthy: healthyMemberCount, total: memberList.count)
    }

    public func members() -> [MemberInfo] {
        memberList
    }

    public var memberCount: UInt8 {
        UInt8(clamping: memberList.count)
    }

    /// - Complexity: O(1).
    public var healthyCount: UInt8 {
        // #167: read the maintained count instead of scanning the members.
        UInt8(clamping: healthyMemberCount)
    }

    public func membersOnNode(_ nodeID: UInt64) -> [UInt8] {
        memberList.filter { $0.nodeID == nodeID }.map(\.index)
    }

    /// The array position of the member with `index`, or `nil`.
    func position(of index: UInt8) -> Int? {
        // #158: groups keep `members[i].index == i`, so the index is the position; the re-check keeps
        // a broken layout a no-op rather than touching the wrong member.
        let position = Int(index)
        guard position < memberList.count, memberList[position].index == index else { return nil }
        return position
    }

    func setHealth(_ index: UInt8, isHealthy: Bool) {
        guard let position = position(of: index) else { return }
        if memberList[position].isHealthy != isHealthy {
            healthyMemberCount += isHealthy ? 1 : -1
        }
        memberList[position].isHealthy = isHealthy
        lb.updateHealth(memberList[position].entityID, isHealthy ? .healthy : .unhealthy)
    }
}
