/// The load an endpoint reports (spec §1.2). All fields default to zero.
public struct LoadMetrics: Sendable, Equatable, Codable {
    /// CPU utilisation, nominally 0...1 (not clamped).
    public var cpuUsage: Double = 0
    /// Memory utilisation, nominally 0...1 (not clamped).
    public var memoryUsage: Double = 0
    /// Connections the endpoint itself reports (not the balancer's reservation count).
    public var activeConnections: UInt32 = 0
    /// Informational.
    public var requestsPerSecond: Double = 0
    /// Mean response time in milliseconds.
    public var avgResponseTimeMs: Double = 0
    /// Error fraction, nominally 0...1.
    public var errorRate: Double = 0
    /// Queued requests.
    public var queueDepth: UInt32 = 0
    /// Informational.
    public var bandwidthUsage: Double = 0
    /// Microseconds since the UNIX epoch; informational.
    public var updatedAt: UInt64 = 0

    public init(
        cpuUsage: Double = 0, memoryUsage: Double = 0, activeConnections: UInt32 = 0,
        requestsPerSecond: Double = 0, avgResponseTimeMs: Double = 0, errorRate: Double = 0,
        queueDepth: UInt32 = 0, bandwidthUsage: Double = 0, updatedAt: UInt64 = 0
    ) {
        self.cpuUsage = cpuUsage
        self.memoryUsage = memoryUsage
        self.activeConnections = activeConnections
        self.requestsPerSecond = requestsPerSecond
        self.avgResponseTimeMs = avgResponseTimeMs
        self.errorRate = errorRate
        self.queueDepth = queueDepth
        self.bandwidthUsage = bandwidthUsage
        self.updatedAt = updatedAt
    }

    /// The weighted load score, evaluated left to right exactly as upstream does.
    ///
    /// `Double.minimum` (not `Swift.min`) matches Rust's NaN-ignoring `f64::min`: a NaN response
    /// time contributes the full 0.15.
    @inlinable
    public func loadScore() -> Double {
        0.3 * cpuUsage
            + 0.2 * memoryUsage
            + 0.2 * Double.minimum(Double(activeConnections) / 10000.0, 1.0)
            + 0.15 * Double.minimum(avgResponseTimeMs / 1000.0, 1.0)
            + 0.15 * errorRate
    }

    /// Strict thresholds; not used by selection.
    public func isOverloaded() -> Bool {
        cpuUsage > 0.9 || memoryUsage > 0.95 || errorRate > 0.1 || queueDepth > 1000
    }
}
