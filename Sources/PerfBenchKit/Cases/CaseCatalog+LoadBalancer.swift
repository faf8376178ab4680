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

    func make<Balancer: LoadBalancing>(_ type: Balancer.Type) -> any CaseInstance {
        ContendedSelectInstance(fixture.make(type), events: [RequestContext()])
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

    /// The per-strategy sweeps, the inventory calls and the contended case.
    static var loadBalancerCases: [BenchCase] {
        var cases: [BenchCase] = []
        // Floors: about a third of the median this 2-core VM measures (quick and full runs), and at
        // least the targets (RR@100 10x, LL@100 5x, CH@100 100x).
        let sweeps: [(Strategy, String, [Int], [Int], [Int: Double])] = [
            (.roundRobin, "roundRobin", [148, 149, 155, 163, 168], [10, 100, 1000], [10: 4, 100: 10, 1000: 12]),
            (.leastLatency, "leastLatency", [148, 149, 155, 165], [10, 100, 1000], [10: 5, 100: 12, 1000: 15]),
            (
                .weightedRoundRobin, "weightedRoundRobin", [148, 149, 155, 160], [10, 100, 1000],
                [10: 5, 100: 12, 1000: 15]
            ),
            (
                .consistentHash, "consistentHash", [148, 149, 150, 155, 169], [10, 100, 1000],
                [10: 80, 100: 500, 1000: 1000]
            ),
            (.leastLoad, "leastLoad", [148, 149, 155, 165], [100], [100: 8]),
            (.leastConnections, "leastConnections", [148, 149, 155], [100], [100: 10]),
            (.weightedLeastConnections, "weightedLeastConnections", [148, 149, 155], [100], [100: 10]),
            (.random, "random", [148, 149, 155, 161], [100], [100: 10]),
            (.weightedRandom, "weightedRandom", [148, 149, 155, 161], [100], [100: 12]),
            (.powerOfTwo, "powerOfTwo", [148, 149, 155, 161], [100], [100: 10]),
            (.adaptive, "adaptive", [148, 149, 155, 160], [100], [100: 9]),
        ]
        for (strategy, name, items, sizes, floors) in sweeps {
            for size in sizes {
                let isRandom = [.random, .weightedRandom, .powerOfTwo].contains(strategy)
                cases.append(
                    BenchCase(
                        id: CaseID("lb", "select", name, "n\(size)"), items: items,
                        summary:
                            "select then recordCompletion, \(strategy.rawValue), distinct endpoints with varied metrics",
                        parameters: [endpointsParameter(size)]
                            + (strategy == .consistentHash
                                ? [CaseParameter("sessions", 1024, range: 1...65_536, "distinct session keys")] : []),
                        floor: .hotPath(minSpeedup: floors[size] ?? 1),
                        callgrindEvents: strategy == .consistentHash ? max(8, 8_000 / size) : 400,
                        // Legacy consistent hash copies and sorts 150 vnodes per endpoint per select.
                        maxExactPassEvents: strategy == .consistentHash ? max(16, 20_000 / size) : .max,
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
        let inventory: [(String, InventoryCall, [Int], Double)] = [
            ("stats", .stats, [148, 149], 10), ("endpoints", .endpoints, [148, 149, 168], 2),
            ("endpointCount", .endpointCount, [148], 5),
        ]
        for (name, call, items, minSpeedup) in inventory {
            cases.append(
                BenchCase(
                    id: CaseID("lb", "inventory", name, "n100"), items: items,
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
                id: CaseID("lb", "select", "contended2", "n100"), items: [148, 149, 155, 163],
                summary: "two threads select then complete on one round-robin balancer (figures cover both)",
                parameters: [endpointsParameter(100)], floor: .hotPath(minSpeedup: 3),
                tolerance: CaseTolerance(
                    judgesTimeDrift: false,
                    reason: "two threads on two vCPUs: how the hypervisor places them moves time up to 4.5x "
                        + "between idle runs of one binary; judged by its floor and its exact allocations (both "
                        + "threads)"),
                callgrindEvents: 0,
                isMultithreaded: true
            ) { implementation, parameters in
                implementation.instance(ContendedBuilder(fixture: .sweep(.roundRobin, count: parameters["endpoints"])))
            })
        return cases
    }

    /// The published benchmark shapes (spec §7), same parameters, named after them.
    static var upstreamShapeCases: [BenchCase] {
        var cases: [BenchCase] = []
        let strategies: [(Strategy, String, [Int], Double)] = [
            (.roundRobin, "round_robin", [148, 149, 155], 4),
            (.weightedRoundRobin, "weighted_round_robin", [148, 149, 155, 160], 5),
            (.leastConnections, "least_connections", [148, 149, 155], 4), (.random, "random", [148, 149, 155, 161], 4),
            (.powerOfTwo, "power_of_two", [148, 149, 155, 161], 5),
            (.consistentHash, "consistent_hash", [148, 149, 150, 155, 169], 100),
            (.leastLoad, "least_load", [148, 149, 155, 165], 4),
        ]
        for (strategy, name, items, floor) in strategies {
            let isRandom = [.random, .powerOfTwo].contains(strategy)
            cases.append(
                BenchCase(
                    id: CaseID("lb_strategies", "select", name, "n10"), items: items,
                    summary:
                        "upstream lb_strategies/\(name): 10 endpoints, weights 100…190, two zones, select+complete",
                    upstreamName: "lb_strategies/\(name)", parameters: [],
                    floor: .hotPath(minSpeedup: floor),
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
                    id: CaseID("lb_zone_aware", "select", name, "n10"), items: [148, 149, 155],
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
                    items: [149],
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
