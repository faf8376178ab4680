import ComputeRuntime

/// Small builders shared by the load-balancer tests of both runtimes.
public enum LoadBalancerFixtures {
    /// Upstream's test/bench id: 32 zero bytes with byte 0 = `n`.
    public static func id(_ n: UInt8) -> NodeID { NodeID(firstByte: n) }

    /// A balancer of type `L` with `strategy`, `configure` applied to the default config, a manual clock
    /// and (optionally) a seeded random source.
    public static func make<L: LoadBalancing>(
        _ type: L.Type, _ strategy: Strategy, clock: ManualClock = ManualClock(), random: RandomSource = .system,
        configure: (inout LoadBalancerConfig) -> Void = { _ in }
    ) -> L {
        var config = LoadBalancerConfig(strategy: strategy)
        configure(&config)
        return L(config: config, clock: .manual(clock), random: random)
    }

    /// The upstream `lb_strategies` setup: 10 endpoints, weight 100 + 10·i, zones us-east (i < 5) / us-west.
    public static func addBenchEndpoints(to balancer: some LoadBalancing, count: Int = 10) {
        for i in 0..<count {
            balancer.addEndpoint(
                Endpoint(id(UInt8(truncatingIfNeeded: i))).withWeight(UInt32(100 + 10 * i))
                    .withZone(i < 5 ? "us-east" : "us-west"))
        }
    }

    /// Selects `count` times (completing each success when `complete`), returning how often each id won.
    public static func tally(
        _ balancer: some LoadBalancing, _ context: RequestContext = RequestContext(), count: Int, complete: Bool
    ) -> [NodeID: Int] {
        var counts: [NodeID: Int] = [:]
        for _ in 0..<count {
            guard let selection = try? balancer.select(context) else { continue }
            counts[selection.nodeID, default: 0] += 1
            if complete { balancer.recordCompletion(selection.nodeID, success: true) }
        }
        return counts
    }
}
