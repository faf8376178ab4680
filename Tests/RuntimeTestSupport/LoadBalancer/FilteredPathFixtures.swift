import ComputeRuntime

/// What keeps a balancer off the fixed balancer's all-clear fast path (#148), as the perfbench
/// filtered-path cases set it up.
public enum FilterBlockerKind: String, CaseIterable, Sendable {
    /// The endpoint in the middle is unhealthy.
    case oneUnhealthy
    /// The endpoint in the middle holds every connection the cap allows.
    case oneAtCap
    /// The request requires a tag that the even positions carry.
    case halfTagged
}

/// Balancers that every select takes through the filter, identical on both runtimes.
public enum FilteredPathFixtures {
    /// The connection cap: above the single reservation a select+complete holds.
    public static let connectionCap: UInt32 = 4
    public static let tag = "gpu"

    /// `count` endpoints (distinct ids, weights 100…250, zones us-east/us-west, varied latencies)
    /// with `blocker` applied, and the context to select with.
    public static func make<L: LoadBalancing>(
        _ type: L.Type, _ strategy: Strategy, count: Int, blocker: FilterBlockerKind,
        clock: ManualClock = ManualClock()
    ) -> (balancer: L, context: RequestContext) {
        var config = LoadBalancerConfig(strategy: strategy)
        config.maxConnectionsPerEndpoint = connectionCap
        let balancer = L(config: config, clock: .manual(clock), random: .seeded(0xF11))
        let middle = count / 2
        var endpoints = (0..<count).map { i in
            var endpoint = Endpoint(id(i)).withWeight(UInt32(100 + (i % 7) * 25))
                .withZone(i % 2 == 0 ? "us-east" : "us-west")
            endpoint.metrics = LoadMetrics(avgResponseTimeMs: Double((i &* 7919) % 1000))
            if blocker == .halfTagged, i.isMultiple(of: 2) { endpoint = endpoint.withTag(tag) }
            return endpoint
        }
        if blocker == .oneUnhealthy { endpoints[middle].health = .unhealthy }
        for endpoint in endpoints { balancer.addEndpoint(endpoint) }
        if blocker == .oneAtCap {
            let others = endpoints.filter { $0.nodeID != id(middle) }
            for endpoint in others { balancer.updateHealth(endpoint.nodeID, .unhealthy) }
            for _ in 0..<connectionCap { _ = try? balancer.select(RequestContext().withSession("fill")) }
            for endpoint in others { balancer.updateHealth(endpoint.nodeID, .healthy) }
        }
        var context = strategy == .consistentHash ? RequestContext().withSession("user-12345") : RequestContext()
        if blocker == .halfTagged { context = context.requireTag(tag) }
        return (balancer, context)
    }

    /// The id of endpoint `i`: bytes 0–7 little-endian `i + 1`.
    public static func id(_ i: Int) -> NodeID {
        NodeID(words: (UInt64(i + 1), 0, 0, 0))
    }
}
