/// The node a placement chose and why (spec §2.1).
public struct PlacementDecision: Sendable, Equatable {
    /// Scheduler node id.
    public var nodeID: UInt64
    public var reason: PlacementReason

    /// A decision for `nodeID` because of `reason`.
    public init(nodeID: UInt64, reason: PlacementReason) {
        self.nodeID = nodeID
        self.reason = reason
    }
}
