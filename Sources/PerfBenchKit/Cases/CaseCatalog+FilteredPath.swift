import ComputeRuntime

/// What keeps a filtered case's balancer off the fixed balancer's all-clear fast path (#148).
enum FilterBlocker: String, CaseIterable, Sendable {
    /// The endpoint in the middle of the list is unhealthy.
    case oneUnhealthy
    /// The endpoint in the middle holds all `filteredCaseConnectionCap` connections (never completed).
    case oneAtCap
    /// Every request requires a tag that the even positions carry.
    case halfTagged

    /// The connection cap of the filtered cases: above the one reservation a select+complete event
    /// holds, so only the pre-filled endpoint sits at it.
    static let connectionCap: UInt32 = 4
    static let tag = "gpu"
}

/// Select then complete on a balancer that some endpoint or the request keeps on the filtered path.
struct FilteredSelectBuilder: BalancerInstanceBuilder {
    var fixture: BalancerFixture
    var blocker: FilterBlocker
    var contexts: [RequestContext]

    func make<Balancer: LoadBalancing>(_ type: Balancer.Type) -> any CaseInstance {
        var fixture = fixture
        fixture.config.maxConnectionsPerEndpoint = FilterBlocker.connectionCap
        let middle = fixture.endpoints.count / 2
        switch blocker {
        case .oneUnhealthy:
            fixture.endpoints[middle].health = .unhealthy
        case .oneAtCap:
            break
        case .halfTagged:
            for index in fixture.endpoints.indices where index.isMultiple(of: 2) {
                fixture.endpoints[index] = fixture.endpoints[index].withTag(FilterBlocker.tag)
            }
        }
        let balancer = fixture.make(type)
        if blocker == .oneAtCap {
            Self.fill(fixture.endpoints[middle].nodeID, of: fixture.endpoints, in: balancer)
        }
        let contexts = blocker == .halfTagged ? contexts.map { $0.requireTag(FilterBlocker.tag) } : contexts
        return EventDriver(SelectCompleteWorkload(balancer), events: contexts)
    }

    /// Reserves every connection of `target` (selects while it is the only healthy endpoint), then
    /// restores the others' health: the same calls, and so the same state, on either runtime.
    static func fill(_ target: NodeID, of endpoints: [Endpoint], in balancer: some LoadBalancing) {
        let others = endpoints.filter { $0.nodeID != target }
        for endpoint in others { balancer.updateHealth(endpoint.nodeID, .unhealthy) }
        for _ in 0..<FilterBlocker.connectionCap { _ = try? balancer.select(RequestContext().withSession("fill")) }
        for endpoint in others { balancer.updateHealth(endpoint.nodeID, endpoint.health) }
    }
}

extension CaseCatalog {
    static let sessionsParameter = CaseParameter("sessions", 1024, range: 1...65_536, "distinct session keys")

    /// #148's filtered path: the strategies of the sweeps with one blocker each, so no select
    /// can skip the filter. Isolated items as in `sweeps`: the filter and its walk (#148) for round
    /// robin, the ring sort (#150) for consistent hash, none for least latency (#149's metrics reads
    /// per candidate weigh as much as the walk).
    static var filteredPathCases: [BenchCase] {
        var cases: [BenchCase] = []
        let strategies: [(Strategy, String, [Int], [Int])] = [
            (.roundRobin, "roundRobin", [10, 100, 1000, 5000], [148]),
            (.consistentHash, "consistentHash", [10, 100, 1000], [150]),
            (.leastLatency, "leastLatency", [10, 100, 1000], []),
        ]
        for (strategy, name, sizes, isolates) in strategies {
            let sweep = sweeps.first { $0.strategy == strategy }!
            let perEndpoint = sweep.legacyPerEndpoint
            for blocker in FilterBlocker.allCases {
                for size in sizes {
                    let isHash = strategy == .consistentHash
                    cases.append(
                        BenchCase(
                            id: CaseID("lb", "selectFiltered", "\(name)_\(blocker.rawValue)", "n\(size)"),
                            items: isHash ? [148, 149, 150, 155, 169] : sweep.items, isolates: isolates,
                            summary: "select then recordCompletion, \(strategy.rawValue), "
                                + "\(blocker.rawValue): the filter runs",
                            parameters: [endpointsParameter(size)] + (isHash ? [sessionsParameter] : []),
                            floor: .hotPath(minSpeedup: filteredFloor(strategy, size)),
                            callgrindEvents: isHash ? 8 : 400,
                            steadyStateEvents: sweepSteadyState(strategy),
                            legacyInstructionsPerEvent: { perEndpoint * Double($0["endpoints"]) + 8_000 }
                        ) { implementation, parameters in
                            let contexts =
                                isHash
                                ? sessionContexts(count: parameters["sessions"], seed: 0xC0FFEE) : [RequestContext()]
                            return implementation.instance(
                                FilteredSelectBuilder(
                                    fixture: .sweep(strategy, count: parameters["endpoints"]), blocker: blocker,
                                    contexts: contexts))
                        })
                }
            }
        }
        return cases
    }

    /// About a third of the lowest speedup this 2-core VM measures among the three blockers at that
    /// size (quick run, December 2026: round robin 8.9x / 33x / 180x / 434x at 10 / 100 / 1 000 /
    /// 5 000, consistent hash 409x / 5 352x / 39 743x, least latency 11.8x / 37x / 48x), never below
    /// the all-clear case's floor at that size (`sweeps`).
    static func filteredFloor(_ strategy: Strategy, _ size: Int) -> Double {
        let floors: [Strategy: [Int: Double]] = [
            .roundRobin: [10: 4, 100: 10, 1000: 60, 5000: 140],
            .consistentHash: [10: 130, 100: 1700, 1000: 13_000],
            .leastLatency: [10: 5, 100: 12, 1000: 16],
        ]
        return floors[strategy]?[size] ?? 1
    }
}
