import ComputeRuntime

struct PickBestBuilder: SchedulerInstanceBuilder {
    var candidates: Int

    func make<Scheduler: Scheduling>(_ type: Scheduler.Type) -> any CaseInstance {
        let scheduler = SchedulerFixture.make(type, nodes: candidates)
        return EventDriver(
            PickBestWorkload(scheduler, candidates: (1...UInt64(candidates)).map { $0 }),
            events: [Artifact.anonymousDaemon])
    }
}

struct SchedulerQueryBuilder: SchedulerInstanceBuilder {
    var nodes: Int
    var query: SchedulerQuery

    func make<Scheduler: Scheduling>(_ type: Scheduler.Type) -> any CaseInstance {
        EventDriver(SchedulerQueryWorkload(SchedulerFixture.make(type, nodes: nodes)), events: [query])
    }
}

extension CaseCatalog {
    static var schedulerCases: [BenchCase] {
        var cases: [BenchCase] = []
        // This VM: 4.5x, 16x, 26x; the issue asks 2x at 1000.
        for (count, floor) in [(10, 1.5), (100, 5.0), (1000, 8.0)] {
            cases.append(
                BenchCase(
                    id: CaseID("sched", "pickBest", "hashedScores", "n\(count)"), items: [151],
                    summary: "pickBestCandidate over \(count) candidates with bucketed scores (ties use the tie-break)",
                    parameters: [CaseParameter("candidates", count, range: 1...100_000, "candidate nodes")],
                    floor: .hotPath(minSpeedup: floor),
                    makeLimit: { PickBestLimit.instance(candidates: $0["candidates"]) }
                ) { implementation, parameters in
                    implementation.instance(PickBestBuilder(candidates: parameters["candidates"]))
                })
        }
        cases.append(
            BenchCase(
                id: CaseID("sched", "findMigrationTargets", "tagged", "n100"), items: [156, 164],
                summary:
                    "findMigrationTargets: daemon filter + migration tag, minus the source (result list allocates)",
                parameters: [CaseParameter("nodes", 100, range: 1...100_000, "indexed nodes")],
                // Cold path. The returned list is the API's answer; growing it to ~67 ids takes 6 allocations
                // (measured), against 15 before. The fix saves one filter copy: about 1.08x here.
                floor: CaseFloor(minSpeedup: 0.95, maxFixedAllocsPerEvent: 6)
            ) { implementation, parameters in
                implementation.instance(
                    SchedulerQueryBuilder(
                        nodes: parameters["nodes"], query: .migrationTargets(SchedulerFixture.daemonFilter, source: 2)))
            })
        cases.append(
            BenchCase(
                id: CaseID("sched", "placeWithLocality", "drained", "n100"), items: [157],
                summary: "placeWithLocality with the local node drained: query, then drop the local node",
                parameters: [CaseParameter("nodes", 100, range: 2...100_000, "indexed nodes")],
                // Cold path: one list instead of two (14 → 7 allocations measured), about 1.09x.
                floor: CaseFloor(minSpeedup: 0.95, maxFixedAllocsPerEvent: 7)
            ) { implementation, parameters in
                implementation.instance(
                    SchedulerQueryBuilder(
                        nodes: parameters["nodes"], query: .drainedPlacement(SchedulerFixture.daemonFilter)))
            })
        return cases
    }
}
