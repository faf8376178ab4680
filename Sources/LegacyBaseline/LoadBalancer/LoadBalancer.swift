import ComputeRuntime
import Synchronization

/// The pre-audit load balancer (spec §1): same behavior and same costs as upstream before #148–#169.
///
/// Every select walks the whole sharded map (#148), builds two fresh lists (#148), copies metrics
/// under a read lock (#149), rebuilds and sorts the hash ring (#150), stamps a mutex-guarded time per
/// reservation (#155), recomputes weight totals (#160) and asks the OS for every random number (#161).
public final class LoadBalancer: LoadBalancing {
    let config: LoadBalancerConfig
    let clock: MonotonicClock
    let table = EndpointTable()
    let ring = ConsistentHashRing()
    let random: RandomNumbers
    let rrCounter = Atomic<UInt64>(0)
    let totalSelections = Atomic<UInt64>(0)
    let failedSelections = Atomic<UInt64>(0)
    /// Circuit recovery window in clock nanoseconds.
    let recoveryNanoseconds: UInt64

    public init(config: LoadBalancerConfig, clock: MonotonicClock, random: RandomSource) {
        self.config = config
        self.clock = clock
        self.random = RandomNumbers(random)
        let (product, overflow) = config.circuitRecoveryTimeMs.multipliedReportingOverflow(by: 1_000_000)
        recoveryNanoseconds = overflow ? .max : product
    }

    public func addEndpoint(_ endpoint: Endpoint) {
        table.insert(EndpointState(endpoint, clock: clock))
        ring.add(endpoint.nodeID)
    }

    public func removeEndpoint(_ id: NodeID) {
        ring.remove(id)
        table.remove(id)
    }

    public func updateHealth(_ id: NodeID, _ health: HealthStatus) {
        guard let state = table.lookup(id) else { return }
        state.health.withExclusive { $0 = health }
    }

    public func updateMetrics(_ id: NodeID, _ metrics: LoadMetrics) {
        guard let state = table.lookup(id) else { return }
        state.metrics.withExclusive { $0 = metrics }
    }

    public func recordCompletion(_ id: NodeID, success: Bool) {
        table.lookup(id)?.recordCompletion(success: success)
    }

    public func stats() -> LoadBalancerStats {
        var count: UInt32 = 0
        var healthy: UInt32 = 0
        var connections: UInt64 = 0
        var scoreSum = 0.0
        table.forEachInInsertionOrder { state in
            count += 1
            if state.health.read() == .healthy { healthy += 1 }
            connections += UInt64(state.connections.load(ordering: .sequentiallyConsistent))
            scoreSum += state.loadScore()
        }
        return LoadBalancerStats(
            totalSelections: totalSelections.load(ordering: .sequentiallyConsistent),
            failedSelections: failedSelections.load(ordering: .sequentiallyConsistent),
            activeEndpoints: count,
            healthyEndpoints: healthy,
            totalConnections: connections,
            avgLoadScore: count == 0 ? 0 : scoreSum / Double(count))
    }

    public func endpoints() -> [Endpoint] {
        var result: [Endpoint] = []
        table.forEachInInsertionOrder { result.append($0.materialize()) }
        return result
    }

    /// #148 legacy cost: sums the shard sizes under each shard's lock.
    public var endpointCount: Int { table.count }

    /// The hash ring sorted by key, for tests comparing ring contents.
    public var ringEntries: [(key: UInt64, node: NodeID)] { ring.snapshot }
}

// The half-open probe guard (spec §1.4); `select` does not use it.

extension LoadBalancer {
    public func tryClaimHalfOpenProbe(_ id: NodeID) -> (any HalfOpenProbeClaim)? {
        table.lookup(id).flatMap { EndpointProbeClaim(claiming: $0) }
    }

    public func releaseHalfOpenProbe(_ id: NodeID) {
        table.lookup(id)?.halfOpenProbe.store(false, ordering: .sequentiallyConsistent)
    }

    public func isHalfOpenProbeInFlight(_ id: NodeID) -> Bool {
        table.lookup(id)?.halfOpenProbe.load(ordering: .sequentiallyConsistent) ?? false
    }
}
