/// Errors a load balancer reports. `select` only ever throws `noEndpointsAvailable`.
public enum LoadBalancerError: Error, Sendable, Equatable, CustomStringConvertible {
    case noEndpointsAvailable
    case endpointNotFound(NodeID)
    case allEndpointsUnhealthy
    case noMatchingEndpoints
    case circuitOpen(NodeID)
    case maxConnectionsReached(NodeID)

    public var description: String {
        switch self {
        case .noEndpointsAvailable: "no endpoints available"
        case .endpointNotFound(let id): "endpoint not found: \(id.debugRendering)"
        case .allEndpointsUnhealthy: "all endpoints unhealthy"
        case .noMatchingEndpoints: "no endpoints match required tags"
        case .circuitOpen(let id): "circuit breaker open for: \(id.debugRendering)"
        case .maxConnectionsReached(let id): "max connections reached for: \(id.debugRendering)"
        }
    }
}
