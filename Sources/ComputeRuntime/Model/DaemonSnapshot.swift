/// A daemon host's state at one point: enough to rebuild a host that continues the same chain.
public struct DaemonSnapshot: Sendable, Equatable {
    /// The entity whose state this is; a host only restores its own entity's snapshots.
    public var entityID: NodeID
    /// The chain head at snapshot time.
    public var chainLink: CausalLink
    /// The daemon's opaque serialized state.
    public var state: [UInt8]
    /// The host's observed horizon.
    public var horizon: ObservedHorizon
    /// The head event's payload, needed to hash the next link; nil when unknown (the host then
    /// falls back to `state`, as upstream does).
    public var headPayload: [UInt8]?

    public init(
        entityID: NodeID, chainLink: CausalLink, state: [UInt8], horizon: ObservedHorizon, headPayload: [UInt8]?
    ) {
        self.entityID = entityID
        self.chainLink = chainLink
        self.state = state
        self.horizon = horizon
        self.headPayload = headPayload
    }
}
