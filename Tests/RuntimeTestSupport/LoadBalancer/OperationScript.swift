import ComputeRuntime

/// One step of a load-balancer script, applied identically to both implementations.
public enum LoadBalancerOperation: Sendable, CustomStringConvertible {
    case add(Endpoint)
    case remove(NodeID)
    case updateHealth(NodeID, HealthStatus)
    case updateMetrics(NodeID, LoadMetrics)
    case select(RequestContext)
    /// Completes the most recent successful selection (no-op when there is none).
    case completeLast(success: Bool)
    case complete(NodeID, success: Bool)
    case advanceClock(milliseconds: UInt64)
    case stats
    case endpoints

    public var description: String {
        switch self {
        case .add(let e):
            "add(\(e.nodeID.byte(at: 0)) w\(e.weight) \(e.health) zone \(e.zone ?? "-") tags \(e.tags))"
        case .remove(let id): "remove(\(id.byte(at: 0)))"
        case .updateHealth(let id, let h): "updateHealth(\(id.byte(at: 0)), \(h))"
        case .updateMetrics(let id, let m): "updateMetrics(\(id.byte(at: 0)), score \(m.loadScore()))"
        case .select(let c):
            "select(zone \(c.clientZone ?? "-") tags \(c.requiredTags) key \(c.routingKey ?? "-") "
                + "session \(c.sessionID ?? "-") request \(c.requestID ?? "-"))"
        case .completeLast(let s): "completeLast(\(s))"
        case .complete(let id, let s): "complete(\(id.byte(at: 0)), \(s))"
        case .advanceClock(let ms): "advanceClock(\(ms) ms)"
        case .stats: "stats"
        case .endpoints: "endpoints"
        }
    }
}

/// What one step observably produced.
///
/// Equality is bitwise on floating-point fields, so a NaN metric reported by both sides matches.
public enum LoadBalancerOutcome: Equatable, Sendable, CustomStringConvertible {
    case done
    case selected(Selection)
    case failed(LoadBalancerError)
    case stats(LoadBalancerStats)
    case endpoints([Endpoint], count: Int)

    public static func == (lhs: LoadBalancerOutcome, rhs: LoadBalancerOutcome) -> Bool {
        switch (lhs, rhs) {
        case (.done, .done): true
        case (.selected(let a), .selected(let b)): a == b
        case (.failed(let a), .failed(let b)): a == b
        case (.stats(let a), .stats(let b)): a == b
        case (.endpoints(let a, let countA), .endpoints(let b, let countB)):
            countA == countB && a.map(BitwiseEndpoint.init) == b.map(BitwiseEndpoint.init)
        default: false
        }
    }

    public var description: String {
        switch self {
        case .done: "done"
        case .selected(let s): "selected(\(s.nodeID.byte(at: 0)) \(s.reason) w\(s.weight) score \(s.loadScore))"
        case .failed(let e): "failed(\(e))"
        case .stats(let s): "\(s)"
        case .endpoints(let list, let count):
            "endpoints(\(count): "
                + list.map { "\($0.nodeID.byte(at: 0)) w\($0.weight) \($0.health)" }.joined(separator: ", ") + ")"
        }
    }
}

/// An endpoint compared with its metrics' bit patterns.
private struct BitwiseEndpoint: Equatable {
    var endpoint: Endpoint
    var metricBits: [UInt64]

    init(_ endpoint: Endpoint) {
        var plain = endpoint
        let m = endpoint.metrics
        metricBits = [
            m.cpuUsage.bitPattern, m.memoryUsage.bitPattern, UInt64(m.activeConnections),
            m.requestsPerSecond.bitPattern,
            m.avgResponseTimeMs.bitPattern, m.errorRate.bitPattern, UInt64(m.queueDepth), m.bandwidthUsage.bitPattern,
            m.updatedAt,
        ]
        plain.metrics = LoadMetrics()
        self.endpoint = plain
    }
}

/// A configuration plus the steps to run against it.
public struct OperationScript: Sendable {
    public var config: LoadBalancerConfig
    public var operations: [LoadBalancerOperation]
    /// The seed both balancers' random sources start from.
    public var randomSeed: UInt64

    public init(config: LoadBalancerConfig, operations: [LoadBalancerOperation], randomSeed: UInt64 = 0x5EED) {
        self.config = config
        self.operations = operations
        self.randomSeed = randomSeed
    }
}
