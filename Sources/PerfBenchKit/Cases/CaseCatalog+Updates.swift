import ComputeRuntime

/// Point updates on a balancer of any size: health toggles of random endpoints (an availability
/// change every event) or metrics replacements.
struct SizedUpdateBuilder: BalancerInstanceBuilder {
    var fixture: BalancerFixture
    var isHealth: Bool

    func make<Balancer: LoadBalancing>(_ type: Balancer.Type) -> any CaseInstance {
        var generator = SplitMix64(seed: 0x0158 &+ UInt64(fixture.endpoints.count))
        let updates: [BalancerUpdate] = (0..<1024).map { i in
            let id = fixture.endpoints[generator.nextIndex(below: fixture.endpoints.count)].nodeID
            if isHealth { return .health(id, i.isMultiple(of: 2) ? .unhealthy : .healthy) }
            return .metrics(id, LoadMetrics(cpuUsage: Double(i % 100) / 100, avgResponseTimeMs: Double(i)))
        }
        return EventDriver(BalancerUpdateWorkload(fixture.make(type)), events: updates)
    }
}

extension CaseCatalog {
    /// Health and metrics updates at every size, and the group's health by member index: the
    /// fixed update must not grow with the balancer (#158, #160's maintained total).
    static var updateCases: [BenchCase] {
        var cases: [BenchCase] = []
        for size in [10, 100, 1000, 5000] {
            for isHealth in [true, false] {
                cases.append(
                    BenchCase(
                        id: CaseID("lb", "update", isHealth ? "health" : "metrics", "n\(size)"),
                        items: isHealth ? [149, 158, 160] : [149],
                        summary: isHealth
                            ? "updateHealth of a random endpoint, unhealthy and healthy alternately"
                            : "updateMetrics of a random endpoint",
                        parameters: [endpointsParameter(size)],
                        // A metrics update publishes a new immutable box (#149): one allocation by design.
                        floor: CaseFloor(minSpeedup: 1, maxFixedAllocsPerEvent: isHealth ? 0 : 1)
                    ) { implementation, parameters in
                        implementation.instance(
                            SizedUpdateBuilder(
                                fixture: .sweep(.weightedRoundRobin, count: parameters["endpoints"]),
                                isHealth: isHealth))
                    })
            }
        }
        for size in [10, 100, 255] {
            cases.append(
                BenchCase(
                    id: CaseID("group", "markHealth", "byIndex", "n\(size)"), items: [158],
                    summary: "markUnhealthy / markHealthy by member index, alternating, random members",
                    parameters: [membersParameter(size)], floor: .hotPath(minSpeedup: 1)
                ) { implementation, parameters in
                    implementation.instance(MemberHealthBuilder(members: parameters["members"], countOnly: false))
                })
        }
        return cases
    }
}
