import ComputeRuntime

struct OriginLookupBuilder: CoordinatorInstanceBuilder {
    var members: Int

    func make<Coordinator: GroupCoordinating, Balancer: LoadBalancing>(
        _ type: Coordinator.Type, balancer: Balancer.Type
    ) -> any CaseInstance {
        EventDriver(OriginLookupWorkload(GroupFixture.make(type, members: members)), events: Self.lookups(members))
    }

    /// 1 024 entity ids of random members.
    static func lookups(_ members: Int) -> [NodeID] {
        var generator = SplitMix64(seed: 0x0818)
        return (0..<1024).map { _ in GroupFixture.member(generator.nextIndex(below: members)).entityID }
    }
}

struct RouteBuilder: CoordinatorInstanceBuilder {
    var members: Int

    func make<Coordinator: GroupCoordinating, Balancer: LoadBalancing>(
        _ type: Coordinator.Type, balancer: Balancer.Type
    ) -> any CaseInstance {
        let coordinator = GroupFixture.make(type, members: members)
        let lb = Balancer.withStrategy(.roundRobin)
        for index in 0..<members {
            lb.addEndpoint(Endpoint(GroupFixture.member(index).entityID))
        }
        return EventDriver(RouteWorkload(coordinator, lb), events: [RequestContext()])
    }
}

struct RoutedEventBuilder: CoordinatorInstanceBuilder {
    var members: Int

    /// The default balancer's connection cap (`LoadBalancerConfig`), which a group's balancer uses.
    static let connectionCap = Int(LoadBalancerConfig(strategy: .roundRobin).maxConnectionsPerEndpoint)

    func make<Coordinator: GroupCoordinating, Balancer: LoadBalancing>(
        _ type: Coordinator.Type, balancer: Balancer.Type
    ) -> any CaseInstance {
        let coordinator = GroupFixture.make(type, members: members)
        let capped = members / 2
        // One member holds every connection already (routed to while the others were marked down).
        for index in 0..<members where index != capped { coordinator.markUnhealthy(UInt8(index)) }
        for _ in 0..<Self.connectionCap { _ = try? coordinator.routeEvent(RequestContext()) }
        for index in 0..<members where index != capped { coordinator.markHealthy(UInt8(index)) }
        return EventDriver(RoutedEventWorkload(coordinator, capped: capped), events: [RequestContext()])
    }
}

struct MemberHealthBuilder: CoordinatorInstanceBuilder {
    var members: Int
    var countOnly: Bool

    func make<Coordinator: GroupCoordinating, Balancer: LoadBalancing>(
        _ type: Coordinator.Type, balancer: Balancer.Type
    ) -> any CaseInstance {
        var generator = SplitMix64(seed: 0x0158)
        let calls: [MemberCall] =
            countOnly
            ? [.healthyCount]
            : (0..<1024).map { i in
                let index = UInt8(generator.nextIndex(below: members))
                return i.isMultiple(of: 2) ? .markUnhealthy(index) : .markHealthy(index)
            }
        return EventDriver(MemberHealthWorkload(GroupFixture.make(type, members: members)), events: calls)
    }
}

struct SpreadBuilder: CoordinatorInstanceBuilder {
    var nodes: Int
    /// true: the local node is preferred without a query, so both sides query once (#166 only).
    /// false: `place` queries and picks node 1; excluding it makes legacy query again (#157).
    var localCanRun: Bool

    func make<Coordinator: GroupCoordinating, Balancer: LoadBalancing>(
        _ type: Coordinator.Type, balancer: Balancer.Type
    ) -> any CaseInstance {
        let scheduler = SchedulerFixture.make(Coordinator.GroupScheduler.self, nodes: nodes, localCanRun: localCanRun)
        // Excluding nodes 1 and 2 forces the fallback to the candidate list.
        let filter = SchedulerFixture.daemonFilter
        return EventDriver(
            SpreadPlacementWorkload(type, scheduler: scheduler, requirements: filter), events: [[1, 2] as Set<UInt64>])
    }
}

extension CaseCatalog {
    static func membersParameter(_ count: Int) -> CaseParameter {
        CaseParameter("members", count, range: 1...255, "group members")
    }

    static var groupCases: [BenchCase] {
        var cases: [BenchCase] = []
        // Origin lookup: one probe of the reverse index against a scan of the members. In callgrind
        // instructions 1.24x at 10 members and 5.5x at 100 (the issue asks 1.2x and 3x); in time this
        // VM measures about 1.4x and 8x. Floors: never slower at 10 (a third of 1.4x would promise
        // less), 3x at 100.
        for (count, floor) in [(10, 1.0), (100, 3.0)] {
            cases.append(
                BenchCase(
                    id: CaseID("group", "originHash", "lookup", "n\(count)"), items: [152], isolates: [152],
                    summary: "originHash(forEntityID:) for random members: linear scan vs reverse index",
                    parameters: [membersParameter(count)], floor: .hotPath(minSpeedup: floor),
                    // The whole stream of 1 024 lookups.
                    steadyStateEvents: { _ in 1_024 },
                    makeLimit: { OriginLookupLimit.instance(members: $0["members"]) }
                ) { implementation, parameters in
                    implementation.instance(OriginLookupBuilder(members: parameters["members"]))
                })
            cases.append(
                BenchCase(
                    id: CaseID("group", "route", "selectLookup", "n\(count)"), items: [148, 149, 152, 155],
                    isolates: [],
                    summary: "a select, its completion and the member's origin-hash lookup (a composite of items)",
                    parameters: [membersParameter(count)], floor: .hotPath(minSpeedup: count >= 100 ? 10 : 4),
                    steadyStateEvents: { $0["members"] },
                    legacyInstructionsPerEvent: { 250 * Double($0["members"]) + 8_000 }
                ) { implementation, parameters in
                    implementation.instance(RouteBuilder(members: parameters["members"]))
                })
            cases.append(
                BenchCase(
                    id: CaseID("group", "route", "routeEvent", "n\(count)"), items: [148, 149, 152, 155],
                    isolates: [],
                    summary: "routeEvent as callers drive it: reservations accumulate (no completion), one member "
                        + "at its cap, so the fixed balancer filters",
                    // 12x / 56x measured here: a third, and at least the completed route's floor.
                    parameters: [membersParameter(count)], floor: .hotPath(minSpeedup: count >= 100 ? 18 : 4),
                    steadyStateEvents: { $0["members"] },
                    legacyInstructionsPerEvent: { 250 * Double($0["members"]) + 8_000 }
                ) { implementation, parameters in
                    implementation.instance(RoutedEventBuilder(members: parameters["members"]))
                })
        }
        cases.append(
            BenchCase(
                id: CaseID("group", "healthyCount", "scan", "n100"), items: [167], isolates: [167],
                summary: "control plane: healthyCount per call (never landed upstream; the fixed count is cached)",
                // 18x measured with the cached count; never landed upstream, so the promise stays modest.
                parameters: [membersParameter(100)], floor: CaseFloor(minSpeedup: 5, maxFixedAllocsPerEvent: 0),
                // A literal reason, declared in place: the callgrind child builds this catalog, and
                // extra allocations before the counted events moved 62 cases' legacy counts (Gate.md).
                tolerance: CaseTolerance(
                    judgesTimeDrift: false,
                    reason:
                        "code placement: five link orders of the same code measured its speedup at 16.7x to 41.1x (band x1.29); judged by its floor and exact counts"
                ),
                makeLimit: { HealthyCountLimit.instance(members: $0["members"]) }
            ) { implementation, parameters in
                implementation.instance(MemberHealthBuilder(members: parameters["members"], countOnly: true))
            })
        cases.append(
            BenchCase(
                id: CaseID("group", "placeWithSpread", "localExcluded", "n100"), items: [166], isolates: [],
                summary:
                    "placeWithSpread when the preferred local node is excluded: one query on both sides, reason firstMatch",
                parameters: [CaseParameter("nodes", 100, range: 3...100_000, "indexed nodes")],
                // Cosmetic (#166): `place` never queried, so both sides run the same single query.
                floor: CaseFloor(minSpeedup: 0.9, maxFixedAllocsPerEvent: 7)
            ) { implementation, parameters in
                implementation.instance(SpreadBuilder(nodes: parameters["nodes"], localCanRun: true))
            })
        cases.append(
            BenchCase(
                id: CaseID("group", "placeWithSpread", "primaryExcluded", "n100"), items: [157],
                summary:
                    "placeWithSpread when the queried primary is excluded: legacy queries again, fixed reuses the list",
                parameters: [CaseParameter("nodes", 100, range: 3...100_000, "indexed nodes")],
                floor: CaseFloor(minSpeedup: 1.3, maxFixedAllocsPerEvent: 7)
            ) { implementation, parameters in
                implementation.instance(SpreadBuilder(nodes: parameters["nodes"], localCanRun: false))
            })
        return cases
    }
}
