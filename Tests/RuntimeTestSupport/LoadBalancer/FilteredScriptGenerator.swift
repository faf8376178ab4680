import ComputeRuntime

/// Seeded scripts over many endpoints (up to thousands: bitmaps of more than one word, and above
/// 4 096) that keep the fixed balancer on its filtered path (#148) while the exclusions change
/// under it: health flips, connection caps of 1 or 2 that fill and drain with every select and
/// completion, circuits tripped by five failures and probed after the 50 ms window, required tags
/// (one carried by the even positions, one by about a third), client zones, and membership
/// changes (a re-add with new tags, a removal).
public enum FilteredScriptGenerator {
    public static func script(strategy: Strategy, endpoints count: Int, seed: UInt64, length: Int) -> OperationScript {
        var random = ScriptRandom(seed: seed)
        var config = LoadBalancerConfig(strategy: strategy)
        config.circuitRecoveryTimeMs = 50
        config.maxConnectionsPerEndpoint = random.pick([1, 2, 10_000])
        config.zoneAware = !random.chance(25)
        config.zoneFallback = !random.chance(35)
        let zones: [String?] = [nil, "a", "b"]
        func id(_ i: Int) -> NodeID { NodeID(words: (UInt64(i + 1), 0, 0, 0)) }
        func randomID() -> NodeID { id(random.below(count)) }
        func endpoint(_ i: Int) -> Endpoint {
            var endpoint = Endpoint(id(i)).withWeight(UInt32(random.pick([1, 3, 100, 250])))
            if let zone = random.pick(zones) { endpoint = endpoint.withZone(zone) }
            if i.isMultiple(of: 2) { endpoint = endpoint.withTag("even") }
            if random.chance(33) { endpoint = endpoint.withTag("x") }
            endpoint.metrics = LoadMetrics(
                cpuUsage: Double(random.below(100)) / 100, avgResponseTimeMs: Double(random.below(1000)))
            if random.chance(3) { endpoint.health = random.pick([.unhealthy, .unknown, .degraded]) }
            return endpoint
        }
        var operations: [LoadBalancerOperation] = (0..<count).map { .add(endpoint($0)) }
        // At least one exclusion from the start, so no select may skip the filter by accident.
        operations.append(.updateHealth(id(count / 2), .unhealthy))
        for _ in 0..<length {
            switch random.below(100) {
            case 0..<8:
                operations.append(.updateHealth(randomID(), random.pick(HealthStatus.allCases)))
            case 8..<48:
                var context = RequestContext()
                if random.chance(30) { context = context.withZone(random.pick(["a", "b", "c"])) }
                if random.chance(30) { context = context.requireTag(random.pick(["even", "x", "none"])) }
                if random.chance(10) { context = context.requireTag("x") }
                if random.chance(30) { context = context.withSession("user-\(random.below(12))") }
                if random.chance(10) { context = context.withRoutingKey("key-\(random.below(12))") }
                operations.append(.select(context))
            case 48..<68: operations.append(.completeLast(success: random.chance(85)))
            case 68..<80: operations.append(.complete(randomID(), success: random.chance(90)))
            case 80..<83: operations += Array(repeating: .complete(randomID(), success: false), count: 5)
            case 83..<88: operations.append(.advanceClock(milliseconds: UInt64(random.pick([10, 49, 50, 75]))))
            case 88..<90: operations.append(.add(endpoint(random.below(count))))
            case 90..<91: operations.append(.remove(randomID()))
            case 91..<96: operations.append(.stats)
            default:
                let metrics = LoadMetrics(avgResponseTimeMs: Double(random.below(1000)))
                operations.append(.updateMetrics(randomID(), metrics))
            }
        }
        operations += [.stats, .endpoints]
        return OperationScript(config: config, operations: operations, randomSeed: random.next())
    }
}
