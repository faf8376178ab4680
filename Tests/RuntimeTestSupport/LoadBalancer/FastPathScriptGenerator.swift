import ComputeRuntime

/// Seeded scripts that move a balancer in and out of the fixed balancer's all-clear state (#148
/// fast path): mostly healthy endpoints with zones, small connection caps that fill and drain,
/// bursts of five failures that trip circuits, probes after the 50 ms window, health toggles,
/// re-adds and removals, and requests with and without zones (including a zone nobody is in) and tags.
public enum FastPathScriptGenerator {
    public static func script(strategy: Strategy, seed: UInt64, length: Int = 400) -> OperationScript {
        var random = ScriptRandom(seed: seed)
        var config = LoadBalancerConfig(strategy: strategy)
        config.circuitRecoveryTimeMs = 50
        config.maxConnectionsPerEndpoint = random.pick([1, 2, 3, 10_000, 10_000])
        config.zoneAware = !random.chance(25)
        config.zoneFallback = !random.chance(35)
        let zones: [String?] = [nil, "a", "b"]
        func randomID() -> NodeID { NodeID(firstByte: UInt8(1 + random.below(8))) }
        func randomEndpoint(healthy: Bool) -> Endpoint {
            var endpoint = Endpoint(randomID()).withWeight(UInt32(random.pick([1, 3, 100, 250])))
            if let zone = random.pick(zones) { endpoint = endpoint.withZone(zone) }
            if random.chance(30) { endpoint = endpoint.withTag("x") }
            if !healthy {
                endpoint.health = random.pick(HealthStatus.allCases)
                endpoint.enabled = !random.chance(30)
            }
            return endpoint
        }
        var operations: [LoadBalancerOperation] = (0..<5).map { _ in .add(randomEndpoint(healthy: true)) }
        for _ in 0..<length {
            switch random.below(100) {
            case 0..<5: operations.append(.add(randomEndpoint(healthy: random.chance(95))))
            case 5..<8: operations.append(.remove(randomID()))
            case 8..<13:
                let health: HealthStatus =
                    random.chance(88) ? random.pick([.healthy, .degraded]) : random.pick([.unhealthy, .unknown])
                operations.append(.updateHealth(randomID(), health))
            case 13..<14:
                let id = randomID()
                operations += Array(repeating: .complete(id, success: false), count: 5)
            case 14..<52:
                var context = RequestContext()
                if random.chance(35) { context = context.withZone(random.pick(["a", "b", "c"])) }
                if random.chance(10) { context = context.requireTag("x") }
                if random.chance(35) { context = context.withSession("user-\(random.below(12))") }
                if random.chance(10) { context = context.withRoutingKey("key-\(random.below(12))") }
                operations.append(.select(context))
            case 52..<70: operations.append(.completeLast(success: random.chance(85)))
            case 70..<90: operations.append(.complete(randomID(), success: random.chance(92)))
            case 90..<94: operations.append(.advanceClock(milliseconds: UInt64(random.pick([10, 49, 50, 75]))))
            case 94..<97: operations.append(.stats)
            default: operations.append(.endpoints)
            }
        }
        operations += [.stats, .endpoints]
        return OperationScript(config: config, operations: operations, randomSeed: random.next())
    }
}
