import ComputeRuntime

/// Upstream's `lb_health_updates/*`: one point update per event, by id.
final class BalancerUpdateWorkload<Balancer: LoadBalancing>: EventWorkload {
    let balancer: Balancer

    init(_ balancer: Balancer) {
        self.balancer = balancer
    }

    func perform(_ update: BalancerUpdate) -> UInt64 {
        switch update {
        case .health(let id, let health):
            balancer.updateHealth(id, health)
            return id.words.0
        case .metrics(let id, let metrics):
            balancer.updateMetrics(id, metrics)
            return id.words.0 &+ 1
        }
    }

    func stateFingerprint() -> UInt64 {
        balancer.stats().fingerprint
    }
}

/// The control-plane inventory calls (`stats()`, `endpoints()`, `endpointCount`), measured per call.
final class BalancerInventoryWorkload<Balancer: LoadBalancing>: EventWorkload {
    let balancer: Balancer

    init(_ balancer: Balancer) {
        self.balancer = balancer
    }

    func perform(_ call: InventoryCall) -> UInt64 {
        switch call {
        case .stats:
            return balancer.stats().fingerprint
        case .endpoints:
            let endpoints = balancer.endpoints()
            var folded = UInt64(endpoints.count)
            for endpoint in endpoints {
                folded = folded &* 31 &+ endpoint.nodeID.words.0 &+ UInt64(endpoint.weight)
            }
            return folded
        case .endpointCount:
            return UInt64(balancer.endpointCount)
        }
    }
}

/// One point update of `lb_health_updates`.
enum BalancerUpdate: Sendable {
    case health(NodeID, HealthStatus)
    case metrics(NodeID, LoadMetrics)
}

/// One control-plane inventory call.
enum InventoryCall: Sendable {
    case stats
    case endpoints
    case endpointCount
}
