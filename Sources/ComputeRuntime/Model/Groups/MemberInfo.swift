/// One member of a compute group (spec §3.1).
public struct MemberInfo: Sendable, Equatable {
    /// Position in the group; groups keep `members[i].index == i`.
    public var index: UInt8
    /// The member's causal-chain origin, what `routeEvent` returns.
    public var originHash: UInt64
    /// The scheduler node the member runs on.
    public var nodeID: UInt64
    /// The member's entity id (its ed25519 public key), its key in the group's load balancer.
    public var entityID: NodeID
    public var isHealthy: Bool

    /// A member record.
    public init(index: UInt8, originHash: UInt64, nodeID: UInt64, entityID: NodeID, isHealthy: Bool) {
        self.index = index
        self.originHash = originHash
        self.nodeID = nodeID
        self.entityID = entityID
        self.isHealthy = isHealthy
    }
}
