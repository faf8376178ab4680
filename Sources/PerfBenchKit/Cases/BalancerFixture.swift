import ComputeRuntime

/// The endpoints and config a load-balancer case starts from.
struct BalancerFixture: Sendable {
    var config: LoadBalancerConfig
    var endpoints: [Endpoint]
    var random = BalancerFixture.randomSource

    /// OS randomness natively: the legacy per-draw OS call is the #161 cost being measured. Under
    /// valgrind (the callgrind pass) both sides draw the same seeded sequence instead, so the random
    /// strategies walk the same endpoints run after run and their instruction counts are exact;
    /// the legacy count then leaves out the `getrandom` wrapper (its syscall is invisible to
    /// callgrind anyway).
    static var randomSource: RandomSource {
        CallgrindControl.isRunningUnderValgrind ? .seeded(0x0161) : .system
    }

    func make<Balancer: LoadBalancing>(_ type: Balancer.Type) -> Balancer {
        let balancer = Balancer(config: config, clock: .system, random: random)
        for endpoint in endpoints {
            balancer.addEndpoint(endpoint)
        }
        return balancer
    }

    /// Upstream's benchmark id: 32 zero bytes with byte 0 = `i` truncated to 8 bits (spec §7).
    static func upstreamID(_ i: Int) -> NodeID {
        NodeID(firstByte: UInt8(truncatingIfNeeded: i))
    }

    /// Selects in one weighted rotation of a sweep balancer of `count` endpoints: the sum of its
    /// weights (the weighted round robin's wheel).
    static func sweepRotation(_ count: Int) -> Int {
        (0..<count).reduce(0) { $0 + 4 + $1 % 7 }
    }

    /// A distinct id for every `i` (bytes 0–7 little-endian `i + 1`), for sweeps beyond 256 endpoints.
    static func sweepID(_ i: Int) -> NodeID {
        NodeID(words: (UInt64(i + 1), 0, 0, 0))
    }

    /// Upstream's `lb_strategies` fixture: 10 endpoints, weight 100 + 10·i, zone us-east for i < 5.
    static func upstreamStrategies(_ strategy: Strategy) -> BalancerFixture {
        BalancerFixture(
            config: LoadBalancerConfig(strategy: strategy),
            endpoints: (0..<10).map { i in
                Endpoint(upstreamID(i)).withWeight(UInt32(100 + 10 * i)).withZone(i < 5 ? "us-east" : "us-west")
            })
    }

    /// `count` endpoints with distinct ids, weight `4 + i % 7` (the proportions of 100…250 in steps
    /// of 25, at a 25th of the wheel: a weighted rotation is `sweepRotation(count)` selects, short
    /// enough for a callgrind count to cover), and deterministic varied metrics so latency and load
    /// minima sit somewhere in the middle of the list.
    static func sweep(_ strategy: Strategy, count: Int) -> BalancerFixture {
        var generator = SplitMix64(seed: 0xBA1A_0CE5 &+ UInt64(count))
        return BalancerFixture(
            config: LoadBalancerConfig(strategy: strategy),
            endpoints: (0..<count).map { i in
                var endpoint = Endpoint(sweepID(i)).withWeight(UInt32(4 + i % 7))
                let draw = generator.next()
                endpoint.metrics = LoadMetrics(
                    cpuUsage: Double(draw % 1000) / 1000, memoryUsage: Double((draw >> 10) % 1000) / 1000,
                    activeConnections: UInt32((draw >> 20) % 5000),
                    avgResponseTimeMs: Double((draw >> 32) % 100_000) / 100,
                    errorRate: Double((draw >> 50) % 100) / 1000)
                return endpoint
            })
    }
}

/// Request contexts for consistent-hash cases: `count` session keys "user-<n>" (small strings,
/// stored inline, so copying a context costs no allocation on either side).
func sessionContexts(count: Int, seed: UInt64) -> [RequestContext] {
    var generator = SplitMix64(seed: seed)
    return (0..<count).map { _ in RequestContext().withSession("user-\(generator.next() % 100_000)") }
}
