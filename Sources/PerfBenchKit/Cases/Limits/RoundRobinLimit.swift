import ComputeRuntime

/// Round robin's floor: one relaxed fetch-add for the ticket (which also counts the selection), an
/// index into the contiguous endpoint array, and the reservation's compare-and-swap plus its release.
final class RoundRobinLimit: EventWorkload {
    let table: BalancerLimitTable

    init(_ fixture: BalancerFixture, events: [RequestContext]) {
        precondition(fixture.config.strategy == .roundRobin, "the round-robin kernel serves round-robin cases")
        table = BalancerLimitTable(fixture, events: events)
    }

    func perform(_ context: RequestContext) -> UInt64 {
        let ticket = table.selections.wrappingAdd(1, ordering: .relaxed).oldValue
        return table.selectAndComplete(Int(ticket % UInt64(table.count)), reason: .roundRobin)
    }

    func stateFingerprint() -> UInt64 {
        table.statsFingerprint
    }
}
