/// Balancer settings with upstream's defaults (spec §1.6).
public struct LoadBalancerConfig: Sendable, Equatable, Codable {
    public var strategy: Strategy = .roundRobin
    /// Never read (parity).
    public var healthCheckIntervalMs: UInt64 = 5000
    /// How long an open circuit rejects traffic before admitting one probe.
    public var circuitRecoveryTimeMs: UInt64 = 30000
    public var maxConnectionsPerEndpoint: UInt32 = 10000
    public var zoneAware: Bool = true
    public var zoneFallback: Bool = true
    /// Never read (parity).
    public var metricsStaleAfterMs: UInt64 = 10000

    public init(strategy: Strategy = .roundRobin) {
        self.strategy = strategy
    }
}
