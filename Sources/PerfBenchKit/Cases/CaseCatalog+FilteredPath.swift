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
    /// can skip the filter.
    static var filteredPathCases: [BenchCase] {
        var cases: [BenchCase] = []
        let strategies: [(Strategy, String, [Int])] = [
            (.roundRobin, "roundRobin", [10, 100, 1000, 5000]),
            (.consistentHash, "consistentHash", [10, 100, 1000]),
            (.leastLatency, "leastLatency", [10, 100, 1000]),
        ]
        for (strategy, name, sizes) in strategies {
            for blocker in FilterBlocker.allCases {
                for size in sizes {
                    let isHash = strategy == .consistentHash
                    cases.append(
                        BenchCase(
                            id: CaseID("lb", "selectFiltered", "\(name)_\(blocker.rawValue)", "n\(size)"),
                            items: [148, 149, 155, 163],
                            summary: "select then recordCompletion, \(strategy.rawValue), "
                                + "\(blocker.rawValue): the filter runs",
                            parameters: [endpointsParameter(size)] + (isHash ? [sessionsParameter] : []),
                            floor: .hotPath(minSpeedup: 1),
                            callgrindEvents: isHash ? max(8, 8_000 / size) : 400,
                            maxExactPassEvents: isHash ? max(16, 20_000 / size) : .max
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
}
