/// Aggregate balancer counters (spec §1.7).
public struct LoadBalancerStats: Sendable, Equatable {
    public var totalSelections: UInt64
    /// Retry exhaustion only; an early "nothing available" does not count.
    public var failedSelections: UInt64
    /// Every registered endpoint.
    public var activeEndpoints: UInt32
    /// Endpoints whose health is exactly `.healthy`.
    public var healthyEndpoints: UInt32
    public var totalConnections: UInt64
    /// Mean load score over all endpoints (0 when empty; NaN propagates).
    public var avgLoadScore: Double

    public init(
        totalSelections: UInt64, failedSelections: UInt64, activeEndpoints: UInt32,
        healthyEndpoints: UInt32, totalConnections: UInt64, avgLoadScore: Double
    ) {
        self.totalSelections = totalSelections
        self.failedSelections = failedSelections
        self.activeEndpoints = activeEndpoints
        self.healthyEndpoints = healthyEndpoints
        self.totalConnections = totalConnections
        self.avgLoadScore = avgLoadScore
    }

    /// Bit-pattern equality on the average so NaN compares equal to NaN in parity checks.
    public static func == (lhs: LoadBalancerStats, rhs: LoadBalancerStats) -> Bool {
        lhs.totalSelections == rhs.totalSelections && lhs.failedSelections == rhs.failedSelections
            && lhs.activeEndpoints == rhs.activeEndpoints && lhs.healthyEndpoints == rhs.healthyEndpoints
            && lhs.totalConnections == rhs.totalConnections
            && lhs.avgLoadScore.bitPattern == rhs.avgLoadScore.bitPattern
    }
}
