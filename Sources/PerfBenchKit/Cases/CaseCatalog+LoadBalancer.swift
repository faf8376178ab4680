import ComputeRuntime

/// Select then complete on a balancer built from a fixture, over a stream of contexts.
struct SelectCompleteBuilder: BalancerInstanceBuilder {
    var fixture: BalancerFixture
    var contexts: [RequestContext]
    var fingerprint: SelectionFingerprint = .selection

    func make<Balancer: LoadBalancing>(_ type: Balancer.Type) -> any CaseInstance {
        EventDriver(SelectCompleteWorkload(fixture.make(type), fingerprint: fingerprint), events: contexts)
    }
}

struct UpdateBuilder: BalancerInstanceBuilder {
    var fixture: BalancerFixture
    var metrics: LoadMetrics?

    func make<Balancer: LoadBalancing>(_ type: Balancer.Type) -> any CaseInstance {
        // Upstream drives the id with a wrapping u8 counter: i % 10 for i in 0..<256, then again.
        let updates: [BalancerUpdate] = (0..<256).map { i in
            let id = BalancerFixture.upstreamID(i % fixture.endpoints.count)
            return metrics.map { .metrics(id, $0) } ?? .health(id, .healthy)
        }
        return EventDriver(BalancerUpdateWorkload(fixture.make(type)), events: updates)
    }
}

struct InventoryBuilder: BalancerInstanceBuilder {
    var fixture: BalancerFixture
    var call: InventoryCall

    func make<Balancer: LoadBalancing>(_ type: Balancer.Type) -> any CaseInstance {
        EventDriver(BalancerInventoryWorkload(fixture.make(type)), events: [call])
    }
}

struct ContendedBuilder: BalancerInstanceBuilder {
    var fixture: BalancerFixture
    /// Whether the threads race for the same slots, so which reservations fail depends on the
    /// interleaving: the digest then runs on one thread.
    var racesForSlots = false

    func make<Balancer: LoadBalancing>(_ type: Balancer.Type) -> any CaseInstance {
        ContendedSelectInstance(
            fixture.make(type), events: [RequestContext()], digestsOnOneThread: racesForSlots)
    }

    /// #163: least connections with a cap of one: both threads see the same endpoint as the least
    /// loaded, one reserves its only slot, and the other's reservation fails and retries (re-filtering).
    static func atCap(endpoints: Int) -> ContendedBuilder {
        var fixture = BalancerFixture.sweep(.leastConnections, count: endpoints)
        fixture.config.maxConnectionsPerEndpoint = 1
        return ContendedBuilder(fixture: fixture, racesForSlots: true)
    }
}

extension CaseCatalog {
    static func endpointsParameter(_ count: Int) -> CaseParameter {
        CaseParameter("endpoints", count, range: 1...100_000, "registered endpoints")
    }

    /// A strategy sweep's request stream: session keys for consistent hash, one empty context otherwise.
    static func sweepContexts(_ strategy: Strategy, _ parameters: ResolvedParameters) -> [RequestContext] {
        strategy == .consistentHash
            ? sessionContexts(count: parameters["sessions"], seed: 0xC0FFEE) : [RequestContext()]
    }

    /// The request of an `lb_strategies` shape: upstream's one session key for consistent hash.
    static func upstreamContext(_ strategy: Strategy) -> RequestContext {
        strategy == .consistentHash ? RequestContext().withSession("user-12345") : RequestContext()
    }

    /// `lb_scaling`'s round-robin balancer: ids byte 0 = i, so 500 registrations leave 256 endpoints.
    static func scalingFixture(_ count: Int) -> BalancerFixture {
        BalancerFixture(
            config: LoadBalancerConfig(strategy: .roundRobin),
            endpoints: (0..<count).map { Endpoint(BalancerFixture.upstreamID($0)) })
    }

    /// One sweep: a strategy at some sizes, with the items its select touches and those it isolates.
    struct Sweep {
        var strategy: Strategy
        var name: String
        var items: [Int]
        /// Whole-select cases isolate #148 only where the strategy adds no per-candidate cost of
        /// another item (round robin, least connections: the difference is the walk and its lists);
        /// a strategy that reads metrics (#149), sums weights (#160) or draws from the OS (#161) per
        /// select mixes items and isolates none; consistent hash isolates the ring sort (#150), which
        /// dwarfs the walk (#169, the per-probe search, runs only after it and is not isolated).
        var isolates: [Int]
        var sizes: [Int]
        var floors: [Int: Double]
        /// Legacy instructions per endpoint per select (the walk, its list and the strategy's own
        /// pass), about what callgrind measures: it caps the slow legacy side's counted events.
        var legacyPerEndpoint: Double
    }

    static let sweeps: [Sweep] = [
        Sweep(
            strategy: .roundRobin, name: "roundRobin", items: [148, 149, 155, 163, 168], isolates: [148],
            sizes: [10, 100, 1000], floors: [10: 4, 100: 10, 1000: 12], legacyPerEndpoint: 250),
        Sweep(
            strategy: .leastLatency, name: "leastLatency", items: [148, 149, 155, 165], isolates: [],
            sizes: [10, 100, 1000], floors: [10: 5, 100: 12, 1000: 15], legacyPerEndpoint: 450),
        Sweep(
            strategy: .weightedRoundRobin, name: "weightedRoundRobin", items: [148, 149, 155, 160], isolates: [],
            sizes: [10, 100, 1000], floors: [10: 5, 100: 12, 1000: 15], legacyPerEndpoint: 450),
        Sweep(
            strategy: .consistentHash, name: "consistentHash", items: [148, 149, 150, 155, 169], isolates: [150],
            sizes: [10, 100, 1000], floors: [10: 80, 100: 500, 1000: 1000], legacyPerEndpoint: 100_000),
        Sweep(
            strategy: .leastLoad, name: "leastLoad", items: [148, 149, 155, 165], isolates: [], sizes: [100],
            floors: [100: 8], legacyPerEndpoint: 450),
        Sweep(
            strategy: .leastConnections, name: "leastConnections", items: [148, 149, 155], isolates: [148],
            sizes: [100], floors: [100: 10], legacyPerEndpoint: 300),
        Sweep(
            strategy: .weightedLeastConnections, name: "weightedLeastConnections", items: [148, 149, 155],
            isolates: [], sizes: [100], floors: [100: 10], legacyPerEndpoint: 400),
        Sweep(
            strategy: .random, name: "random", items: [148, 149, 155, 161], isolates: [], sizes: [100],
            floors: [100: 10], legacyPerEndpoint: 300),
        Sweep(
            strategy: .weightedRandom, name: "weightedRandom", items: [148, 149, 155, 161], isolates: [], sizes: [100],
            floors: [100: 12], legacyPerEndpoint: 450),
        Sweep(
            strategy: .powerOfTwo, name: "powerOfTwo", items: [148, 149, 155, 161], isolates: [], sizes: [100],
            floors: [100: 10], legacyPerEndpoint: 300),
        Sweep(
            strategy: .adaptive, name: "adaptive", items: [148, 149, 155, 160], isolates: [], sizes: [100],
            floors: [100: 9], legacyPerEndpoint: 550),
    ]

    /// Events that cover a sweep case's steady state: a weighted rotation where a wheel turns, one
    /// pass over the session keys for consistent hash, one over the endpoints for round robin.
    static func sweepSteadyState(_ strategy: Strategy) -> (@Sendable (ResolvedParameters) -> Int)? {
        switch strategy {
        case .weightedRoundRobin, .adaptive: { BalancerFixture.sweepRotation($0["endpoints"]) }
        case .consistentHash: { $0["sessions"] }
        case .roundRobin: { $0["endpoints"] }
        default: nil
        }
    }

    /// The per-strategy sweeps, the inventory calls and the contended cases.
    static var loadBalancerCases: [BenchCase] {
        var cases: [BenchCase] = []
        // Floors: about a third of the median this 2-core VM measures (quick and full runs), and at
        // least the targets (RR@100 10x, LL@100 5x, CH@100 100x).
        for sweep in sweeps {
            let strategy = sweep.strategy
            for size in sweep.sizes {
                let isRandom = [.random, .weightedRandom, .powerOfTwo].contains(strategy)
                let perEndpoint = sweep.legacyPerEndpoint
                cases.append(
                    BenchCase(
                        id: CaseID("lb", "select", sweep.name, "n\(size)"), items: sweep.items,
                        isolates: sweep.isolates,
                        summary: "select then recordCompletion, \(strategy.rawValue), distinct endpoints with "
                            + "varied metrics",
                        parameters: [endpointsParameter(size)]
                            + (strategy == .consistentHash ? [sessionsParameter] : []),
                        floor: .hotPath(minSpeedup: sweep.floors[size] ?? 1),
                        // Legacy consistent hash copies and sorts 150 vnodes per endpoint per select.
                        callgrindEvents: strategy == .consistentHash ? 8 : 400,
                        steadyStateEvents: sweepSteadyState(strategy),
                        legacyInstructionsPerEvent: { perEndpoint * Double($0["endpoints"]) + 8_000 },
                        makeLimit: BalancerLimits.maker(
                            strategy, fixture: { .sweep(strategy, count: $0["endpoints"]) },
                            contexts: { sweepContexts(strategy, $0) })
                    ) { implementation, parameters in
                        implementation.instance(
                            SelectCompleteBuilder(
                                fixture: .sweep(strategy, count: parameters["endpoints"]),
                                contexts: sweepContexts(strategy, parameters),
                                fingerprint: isRandom ? .reasonOnly : .selection))
                    })
            }
        }
        // stats and endpoints read every endpoint's metrics under a lock (#149) besides the walk
        // (#148): mixed; endpointCount is the shard walk alone. `endpoints()` builds the same fresh
        // array of 100 endpoints on both sides, so its gain is the walk and the metric reads alone
        // (1.51x in callgrind instructions). The ratio in time depends on the CPU: 1.81x-2.03x on the
        // Intel Xeon host, 1.29x-1.42x in three quick gates on the EPYC family 0x19 one, where a floor
        // of 1.3 failed the second gate of unchanged code. 1.15x holds on both and still fails a fix
        // that lost its win.
        let inventory: [(String, InventoryCall, [Int], [Int], Double)] = [
            ("stats", .stats, [148, 149], [], 10), ("endpoints", .endpoints, [148, 149, 168], [], 1.15),
            ("endpointCount", .endpointCount, [148], [148], 5),
        ]
        for (name, call, items, isolates, minSpeedup) in inventory {
            cases.append(
                BenchCase(
                    id: CaseID("lb", "inventory", name, "n100"), items: items, isolates: isolates,
                    summary: "control plane: one \(name) call per event",
                    parameters: [endpointsParameter(100)],
                    // Control plane, measured per call. `endpoints()` returns a fresh array: one allocation.
                    floor: CaseFloor(minSpeedup: minSpeedup, maxFixedAllocsPerEvent: name == "endpoints" ? 1 : 0)
                ) { implementation, parameters in
                    implementation.instance(
                        InventoryBuilder(
                            fixture: .sweep(.roundRobin, count: parameters["endpoints"]), call: call))
                })
        }
        cases.append(
            BenchCase(
                id: CaseID("lb", "select", "contended2", "n100"), items: [148, 149, 155, 163], isolates: [],
                summary: "two threads select then complete on one round-robin balancer (figures cover both)",
                // The baseline's 8 A/A runs on this 2-vCPU VM put the speedup's log sd at 2.15 (a factor
                // of 8.6), and a gate on a fresh checkout measured 2.10x [0.50, 2.40] against the
                // baseline's 38.7x: fixed's time rose 166 -> 3 626 ns while its code did not change.
                // No speedup floor holds on that, so it promises fixed's zero allocations only and
                // credits no item (#148's walk is isolated by the single-thread cases).
                parameters: [endpointsParameter(100)], floor: .hotPath(minSpeedup: 0),
                tolerance: CaseTolerance(
                    judgesTimeDrift: false,
                    reason: "two threads on two vCPUs: how the hypervisor places them moves the speedup from "
                        + "0.5x to 46x between idle runs of one binary; judged by fixed's zero allocations "
                        + "(both threads)"),
                callgrindEvents: 0,
                isMultithreaded: true
            ) { implementation, parameters in
                implementation.instance(ContendedBuilder(fixture: .sweep(.roundRobin, count: parameters["endpoints"])))
            })
        cases.append(
            BenchCase(
                id: CaseID("lb", "select", "contendedAtCap", "n100"), items: [148, 149, 155, 163], isolates: [163],
                summary: "two threads, least connections, cap 1: reservations that fail and retry (figures cover both)",
                // Five idle quick runs of one binary on this 2-vCPU VM measured 0.39x, 35.8x, 51.7x, 78.1x
                // and 112x, and legacy's allocations 7.1 to 9.1 per event (a retry re-walks and
                // reallocates its lists): the race, not the code, decides both. So the floor promises
                // only fixed's zero allocations, and legacy's exact figures get a wide allowance.
                // Zero per event, that is: a thread's first filtered select allocates its scratch
                // words once (FilterScratch, 80 bytes at 100 endpoints), and whether the helper
                // thread's first one falls in the warm-up is up to the race. One quick gate in three
                // of unchanged code measured exactly that allocation in a 1 000-event batch (0.001
                // per event). The floor allows one per thread per batch; one per select is 1.0.
                parameters: [endpointsParameter(100)],
                floor: CaseFloor(minSpeedup: 0, maxFixedAllocsPerEvent: 0.002),
                tolerance: CaseTolerance(
                    growth: [
                        Metric.allocations.id: GrowthLimit(absolute: 3, relative: 0.5),
                        Metric.bytes.id: GrowthLimit(absolute: 1_500, relative: 0.5),
                    ],
                    judgesTimeDrift: false,
                    reason: "two threads on two vCPUs racing for the same slots: how often they collide (and so "
                        + "retry) depends on how the hypervisor runs them (0.39x to 112x in five idle runs); "
                        + "judged by fixed's allocations (both threads: at most each thread's one-off filter "
                        + "scratch), legacy's within ±50%"),
                callgrindEvents: 0,
                isMultithreaded: true
            ) { implementation, parameters in
                implementation.instance(ContendedBuilder.atCap(endpoints: parameters["endpoints"]))
            })
        return cases
    }

    /// The published benchmark shapes (spec §7), same parameters, named after them.
    static var upstreamShapeCases: [BenchCase] {
        var cases: [BenchCase] = []
        // Isolated items as in `sweeps`: only round robin and least connections are the walk alone.
        let strategies: [(Strategy, String, [Int], [Int], Double)] = [
            (.roundRobin, "round_robin", [148, 149, 155], [148], 4),
            (.weightedRoundRobin, "weighted_round_robin", [148, 149, 155, 160], [], 5),
            (.leastConnections, "least_connections", [148, 149, 155], [148], 4),
            (.random, "random", [148, 149, 155, 161], [], 4),
            (.powerOfTwo, "power_of_two", [148, 149, 155, 161], [], 5),
            (.consistentHash, "consistent_hash", [148, 149, 150, 155, 169], [150], 100),
            (.leastLoad, "least_load", [148, 149, 155, 165], [], 4),
        ]
        for (strategy, name, items, isolates, floor) in strategies {
            let isRandom = [.random, .powerOfTwo].contains(strategy)
            // Weighted round robin: one rotation of the wheel, the weights' sum (1 450).
            var rotation: (@Sendable (ResolvedParameters) -> Int)?
            if strategy == .weightedRoundRobin { rotation = { _ in 1_450 } }
            cases.append(
                BenchCase(
                    id: CaseID("lb_strategies", "select", name, "n10"), items: items, isolates: isolates,
                    summary:
                        "upstream lb_strategies/\(name): 10 endpoints, weights 100…190, two zones, select+complete",
                    upstreamName: "lb_strategies/\(name)", parameters: [],
                    floor: .hotPath(minSpeedup: floor),
                    steadyStateEvents: rotation,
                    makeLimit: BalancerLimits.maker(
                        strategy, fixture: { _ in .upstreamStrategies(strategy) },
                        contexts: { _ in [upstreamContext(strategy)] })
                ) { implementation, _ in
                    implementation.instance(
                        SelectCompleteBuilder(
                            fixture: .upstreamStrategies(strategy), contexts: [upstreamContext(strategy)],
                            fingerprint: isRandom ? .reasonOnly : .selection))
                })
        }
        for count in [10, 50, 100, 500] {
            cases.append(
                BenchCase(
                    id: CaseID("lb_scaling", "select", "roundRobin", "n\(count)"), items: [148, 149, 155],
                    isolates: [148],
                    summary: "upstream lb_scaling/select/\(count): round robin, ids byte 0 = i (500 → 256 distinct)",
                    upstreamName: "lb_scaling/select/\(count)", parameters: [],
                    floor: .hotPath(minSpeedup: [10: 4, 50: 8, 100: 10, 500: 12][count] ?? 1),
                    makeLimit: BalancerLimits.maker(
                        .roundRobin, fixture: { _ in scalingFixture(count) }, contexts: { _ in [RequestContext()] })
                ) { implementation, _ in
                    implementation.instance(
                        SelectCompleteBuilder(fixture: scalingFixture(count), contexts: [RequestContext()]))
                })
        }
        for (name, context) in [
            ("zone_match", RequestContext().withZone("us-east")), ("zone_fallback", RequestContext()),
        ] {
            cases.append(
                BenchCase(
                    id: CaseID("lb_zone_aware", "select", name, "n10"), items: [148, 149, 155], isolates: [148],
                    summary: "upstream lb_zone_aware/\(name): round robin, zone-aware, 10 endpoints in two zones",
                    upstreamName: "lb_zone_aware/\(name)", parameters: [], floor: .hotPath(minSpeedup: 4)
                ) { implementation, _ in
                    var fixture = BalancerFixture.upstreamStrategies(.roundRobin)
                    fixture.endpoints = fixture.endpoints.map { $0.withWeight(100) }
                    fixture.config.zoneAware = true
                    return implementation.instance(SelectCompleteBuilder(fixture: fixture, contexts: [context]))
                })
        }
        for (name, metrics) in [
            ("update_health", nil as LoadMetrics?),
            ("update_metrics", LoadMetrics(cpuUsage: 0.5, memoryUsage: 0.4, activeConnections: 100)),
        ] {
            cases.append(
                BenchCase(
                    id: CaseID("lb_health_updates", "update", name == "update_health" ? "health" : "metrics", "n10"),
                    // The difference is the lookup (a sharded map against the snapshot's index) as much as
                    // the lock: not #149 alone.
                    items: [149], isolates: [],
                    summary: "upstream lb_health_updates/\(name): point update by id, round-robin balancer of 10",
                    upstreamName: "lb_health_updates/\(name)", parameters: [],
                    // Point lookups: upstream measured ≈1.0x (spec §7); here the lock-free state measures ~2x.
                    // A metrics update publishes a new immutable box (#149): one allocation by design.
                    floor: CaseFloor(minSpeedup: 1.2, maxFixedAllocsPerEvent: name == "update_health" ? 0 : 1)
                ) { implementation, _ in
                    var fixture = BalancerFixture.upstreamStrategies(.roundRobin)
                    fixture.endpoints = fixture.endpoints.map { $0.withWeight(100) }
                    return implementation.instance(UpdateBuilder(fixture: fixture, metrics: metrics))
                })
        }
        return cases
    }
}
