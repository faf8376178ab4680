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
                        // The lookup (a sharded map against the snapshot's index) differs as much as the
                        // update itself: these show the fixed update flat in the size, credited to none.
                        items: isHealth ? [149, 158, 160] : [149], isolates: [],
                        summary: isHealth
                            ? "updateHealth of a random endpoint, unhealthy and healthy alternately"
                            : "updateMetrics of a random endpoint",
                        parameters: [endpointsParameter(size)],
                        // Health 5.4-7.3x measured here, metrics 1.9-2.2x (a third: 1.8x; metrics keeps
                        // upstream's promise of the point update, 1.2x). A metrics update publishes a new
                        // immutable box (#149): one allocation by design.
                        floor: CaseFloor(minSpeedup: isHealth ? 1.8 : 1.2, maxFixedAllocsPerEvent: isHealth ? 0 : 1),
                        // The whole stream of 1 024 updates.
                        steadyStateEvents: { _ in 1_024 }
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
                    id: CaseID("group", "markHealth", "byIndex", "n\(size)"), items: [158], isolates: [158],
                    summary: "markUnhealthy / markHealthy by member index, alternating, random members",
                    // 5.0-6.0x measured here; the issue asks at least 1.2x.
                    parameters: [membersParameter(size)], floor: .hotPath(minSpeedup: 1.7),
                    steadyStateEvents: { _ in 1_024 }
                ) { implementation, parameters in
                    implementation.instance(MemberHealthBuilder(members: parameters["members"], countOnly: false))
                })
        }
        return cases
    }
}
