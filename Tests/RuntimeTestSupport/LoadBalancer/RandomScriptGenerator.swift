import ComputeRuntime

/// Builds seeded random operation sequences over a small id pool, so re-adds, removals, circuit
/// trips (five failed completions), probes (clock advances past the 50 ms recovery window), caps and
/// zone/tag filters all occur often.
public enum RandomScriptGenerator {
    public static func script(strategy: Strategy, seed: UInt64, length: Int = 300) -> OperationScript {
        var random = ScriptRandom(seed: seed)
        var config = LoadBalancerConfig(strategy: strategy)
        config.circuitRecoveryTimeMs = 50
        config.maxConnectionsPerEndpoint = random.pick([2, 3, 10_000])
        config.zoneAware = !random.chance(20)
        config.zoneFallback = !random.chance(25)
        let zones: [String?] = [nil, "a", "b"]
        let tags = ["x", "y"]
        var operations: [LoadBalancerOperation] = []
        func randomID() -> NodeID { NodeID(firstByte: UInt8(1 + random.below(6))) }
        for _ in 0..<4 {
            operations.append(.add(Endpoint(randomID())))
        }
        for _ in 0..<length {
            let roll = random.below(100)
            switch roll {
            case 0..<8:
                var endpoint = Endpoint(randomID()).withWeight(UInt32(random.pick([0, 1, 3, 100, 250])))
                if let zone = random.pick(zones) { endpoint = endpoint.withZone(zone) }
                for tag in tags where random.chance(40) { endpoint = endpoint.withTag(tag) }
                endpoint.health = random.chance(80) ? .healthy : random.pick(HealthStatus.allCases)
                endpoint.enabled = !random.chance(5)
                if random.chance(30) { endpoint.metrics = randomMetrics(&random) }
                operations.append(.add(endpoint))
            case 8..<11: operations.append(.remove(randomID()))
            case 11..<16: operations.append(.updateHealth(randomID(), random.pick(HealthStatus.allCases)))
            case 16..<22: operations.append(.updateMetrics(randomID(), randomMetrics(&random)))
            case 22..<62:
                var context = RequestContext()
                if random.chance(30), let zone = random.pick(zones) { context = context.withZone(zone) }
                if random.chance(15) { context = context.requireTag(random.pick(tags)) }
                if random.chance(30) { context = context.withRoutingKey("key-\(random.below(20))") }
                if random.chance(20) { context = context.withSession("session-\(random.below(20))") }
                if random.chance(10) { context.requestID = "request-\(random.below(20))" }
                operations.append(.select(context))
            case 62..<80: operations.append(.completeLast(success: random.chance(60)))
            case 80..<86: operations.append(.complete(randomID(), success: random.chance(30)))
            case 86..<92: operations.append(.advanceClock(milliseconds: UInt64(random.pick([1, 20, 49, 50, 75]))))
            case 92..<96: operations.append(.stats)
            default: operations.append(.endpoints)
            }
        }
        operations.append(.stats)
        operations.append(.endpoints)
        return OperationScript(config: config, operations: operations, randomSeed: random.next())
    }

    private static func randomMetrics(_ random: inout ScriptRandom) -> LoadMetrics {
        func unit() -> Double { Double(random.below(1001)) / 1000 }
        return LoadMetrics(
            cpuUsage: random.chance(3) ? .nan : unit(), memoryUsage: unit(),
            activeConnections: UInt32(random.below(20_000)), avgResponseTimeMs: random.chance(3) ? .nan : unit() * 2000,
            errorRate: unit() * 0.3, queueDepth: UInt32(random.below(2000)))
    }
}
