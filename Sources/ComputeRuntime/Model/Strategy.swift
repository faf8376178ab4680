/// How a load balancer picks among the available endpoints (spec §1.10).
public enum Strategy: String, Sendable, Codable, CaseIterable {
    case roundRobin = "round_robin"
    case weightedRoundRobin = "weighted_round_robin"
    case leastConnections = "least_connections"
    case weightedLeastConnections = "weighted_least_connections"
    case random
    case weightedRandom = "weighted_random"
    case consistentHash = "consistent_hash"
    case leastLatency = "least_latency"
    case leastLoad = "least_load"
    case powerOfTwo = "power_of_two"
    case adaptive
}

/// Why a selection picked its endpoint. `zoneAffinity` and `fallback` exist upstream but are never produced.
public enum SelectionReason: String, Sendable, Codable, CaseIterable {
    case roundRobin = "round_robin"
    case weighted
    case leastConnections = "least_connections"
    case consistentHash = "consistent_hash"
    case leastLatency = "least_latency"
    case leastLoad = "least_load"
    case random
    case powerOfTwo = "power_of_two"
    case zoneAffinity = "zone_affinity"
    case fallback
}
