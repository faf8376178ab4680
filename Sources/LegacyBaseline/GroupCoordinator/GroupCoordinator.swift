import ComputeRuntime

/// Routes a compute group's events to its members and tracks their health (spec §3), as before the
/// audit: same answers, same costs.
///
/// Single-owner: mutating calls need exclusive access (spec §0.6).
public final class GroupCoordinator: GroupCoordinating {
    public typealias GroupScheduler = Scheduler

    /// The balancer whose endpoints are the members' entity ids.
    public let lb: LoadBalancer
    // Single-owner (spec §0.6), like upstream's `&mut self`: no run-time exclusivity check, which the
    // original does not pay (the fixed coordinator's stored properties carry the same attribute).
    @exclusivity(unchecked) private var memberList: [MemberInfo] = []

    public init(strategy: Strategy) {
        lb = LoadBalancer.withStrategy(strategy)
    }

    public func addMember(_ member: MemberInfo) {
        lb.addEndpoint(Endpoint(member.entityID))
        memberList.append(member)
    }

    public func removeLast() -> MemberInfo? {
        guard let member = memberList.popLast() else { return nil }
        lb.removeEndpoint(member.entityID)
        return member
    }

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

    /// - Complexity: O(n) 32-byte comparisons.
    public func originHash(forEntityID entityID: NodeID) -> UInt64? {
        // #152 legacy cost: a linear scan of the members comparing entity ids on every routed
        // event; kept on purpose.
        memberList.first(where: { $0.entityID == entityID })?.originHash
    }

    public func markUnhealthy(_ index: UInt8) {
        setHealth(index, isHealthy: false)
    }

    public func markHealthy(_ index: UInt8) {
        setHealth(index, isHealthy: true)
    }

    public func updateMemberPlacement(_ index: UInt8, nodeID: UInt64, entityID: NodeID) {
        guard let position = position(of: index) else { return }
        lb.removeEndpoint(memberList[position].entityID)
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
                lb.updateHealth(member.entityID, .healthy)
            }
        }
    }

    public func health() -> GroupHealth {
        GroupHealth(healthy: countHealthy(), total: memberList.count)
    }

    public func members() -> [MemberInfo] {
        memberList
    }

    public var memberCount: UInt8 {
        UInt8(clamping: memberList.count)
    }

    public var healthyCount: UInt8 {
        UInt8(clamping: countHealthy())
    }

    public func membersOnNode(_ nodeID: UInt64) -> [UInt8] {
        memberList.filter { $0.nodeID == nodeID }.map(\.index)
    }

    func countHealthy() -> Int {
        // #167 legacy cost: the healthy members are counted by a full scan on every call; kept on purpose.
        memberList.reduce(0) { $0 + ($1.isHealthy ? 1 : 0) }
    }

    func position(of index: UInt8) -> Int? {
        // #158 legacy cost: a linear search for the first member whose `index` matches; kept on purpose.
        memberList.firstIndex(where: { $0.index == index })
    }

    func setHealth(_ index: UInt8, isHealthy: Bool) {
        guard let position = position(of: index) else { return }
        memberList[position].isHealthy = isHealthy
        lb.updateHealth(memberList[position].entityID, isHealthy ? .healthy : .unhealthy)
    }
}
