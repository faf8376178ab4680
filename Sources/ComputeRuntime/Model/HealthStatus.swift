/// The health an operator or health checker reports for an endpoint.
public enum HealthStatus: String, Sendable, Codable, CaseIterable {
    case healthy
    case degraded
    case unhealthy
    case unknown

    /// Whether selection may route to an endpoint in this state.
    public var canReceiveTraffic: Bool {
        switch self {
        case .healthy, .degraded: true
        case .unhealthy, .unknown: false
        }
    }

    /// The factor applied to the configured weight (spec §1.1).
    public var weightMultiplier: Double {
        switch self {
        case .healthy: 1.0
        case .degraded: 0.5
        case .unhealthy: 0.0
        case .unknown: 0.25
        }
    }
}
