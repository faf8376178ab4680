/// The outcome of a successful `select` (spec §1.6).
public struct Selection: Sendable, Equatable {
    public var nodeID: NodeID
    /// The configured weight, not the effective one.
    public var weight: UInt32
    /// `loadScore()` of the chosen endpoint's metrics at selection time.
    public var loadScore: Double
    public var reason: SelectionReason

    public init(nodeID: NodeID, weight: UInt32, loadScore: Double, reason: SelectionReason) {
        self.nodeID = nodeID
        self.weight = weight
        self.loadScore = loadScore
        self.reason = reason
    }

    /// Equality that treats two NaN load scores with the same bit pattern as equal (parity checks).
    public static func == (lhs: Selection, rhs: Selection) -> Bool {
        lhs.nodeID == rhs.nodeID && lhs.weight == rhs.weight && lhs.reason == rhs.reason
            && lhs.loadScore.bitPattern == rhs.loadScore.bitPattern
    }
}
