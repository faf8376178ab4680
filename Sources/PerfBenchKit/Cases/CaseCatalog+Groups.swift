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
        // Origin lookup: the reverse dictionary hashes a 32-byte id, which at 10 members costs about as
        // much as the scan it replaces (0.9x measured): the promise there is "not much slower". At 100
        // members this VM measures 3.5x (the issue asks 3x); the floor keeps a noise margin.
        for (count, floor) in [(10, 0.7), (100, 2.5)] {
            cases.append(
                BenchCase(
                    id: CaseID("group", "originHash", "lookup", "n\(count)"), items: [152],
                    summary: "originHash(forEntityID:) for random members: linear scan vs reverse dictionary",
                    parameters: [membersParameter(count)], floor: .hotPath(minSpeedup: floor),
                    makeLimit: { OriginLookupLimit.instance(members: $0["members"]) }
                ) { implementation, parameters in
                    implementation.instance(OriginLookupBuilder(members: parameters["members"]))
                })
            cases.append(
                BenchCase(
                    id: CaseID("group", "route", "selectLookup", "n\(count)"), items: [148, 149, 152, 155],
                    summary: "a routed event: round-robin select, completion, origin-hash lookup of the member",
                    parameters: [membersParameter(count)], floor: .hotPath(minSpeedup: count >= 100 ? 10 : 4)
                ) { implementation, parameters in
                    implementation.instance(RouteBuilder(members: parameters["members"]))
                })
        }
        cases.append(
            BenchCase(
                id: CaseID("group", "healthyCount", "scan", "n100"), items: [167],
                summary: "control plane: healthyCount per call (never landed upstream; the fixed count is cached)",
                // 18x measured with the cached count; never landed upstream, so the promise stays modest.
                parameters: [membersParameter(100)], floor: CaseFloor(minSpeedup: 5, maxFixedAllocsPerEvent: 0),
                makeLimit: { HealthyCountLimit.instance(members: $0["members"]) }
            ) { implementation, parameters in
                implementation.instance(MemberHealthBuilder(members: parameters["members"], countOnly: true))
            })
        cases.append(
            BenchCase(
                id: CaseID("group", "placeWithSpread", "localExcluded", "n100"), items: [166],
                summary: "placeWithSpread when the preferred local node is excluded: one query on both sides, reason firstMatch",
                parameters: [CaseParameter("nodes", 100, range: 3...100_000, "indexed nodes")],
                // Cosmetic (#166): `place` never queried, so both sides run the same single query.
                floor: CaseFloor(minSpeedup: 0.9, maxFixedAllocsPerEvent: 7)
            ) { implementation, parameters in
                implementation.instance(SpreadBuilder(nodes: parameters["nodes"], localCanRun: true))
            })
        cases.append(
            BenchCase(
                id: CaseID("group", "placeWithSpread", "primaryExcluded", "n100"), items: [157],
                summary: "placeWithSpread when the queried primary is excluded: legacy queries again, fixed reuses the list",
                parameters: [CaseParameter("nodes", 100, range: 3...100_000, "indexed nodes")],
                floor: CaseFloor(minSpeedup: 1.3, maxFixedAllocsPerEvent: 7)
            ) { implementation, parameters in
                implementation.instance(SpreadBuilder(nodes: parameters["nodes"], localCanRun: false))
            })
        return cases
    }
}
