import ComputeRuntime

/// Least latency's and least load's floor: one pass over the endpoints' figures as N contiguous
/// doubles, the first minimum in IEEE total order winning (as the runtime's `min_by`), then the
/// reservation and its release. The selection is counted with one relaxed fetch-add.
final class MinimumScanLimit: EventWorkload {
    let table: BalancerLimitTable
    /// The figure each endpoint is ranked by, at the same positions as the table.
    private let figures: UnsafeMutableBufferPointer<Double>
    private let reason: SelectionReason

    /// - Precondition: the fixture's strategy is least latency or least load.
    init(_ fixture: BalancerFixture, events: [RequestContext]) {
        table = BalancerLimitTable(fixture, events: events)
        let metrics = BalancerLimitTable.registered(fixture).map(\.metrics)
        let values: [Double]
        switch fixture.config.strategy {
        case .leastLatency:
            values = metrics.map(\.avgResponseTimeMs)
            reason = .leastLatency
        case .leastLoad:
            values = metrics.map { $0.loadScore() }
            reason = .leastLoad
        default:
            preconditionFailure("the minimum-scan kernel serves least latency and least load")
        }
        figures = .allocate(capacity: values.count)
        _ = figures.initialize(fromContentsOf: values)
    }

    deinit {
        figures.deallocate()
    }

    func perform(_ context: RequestContext) -> UInt64 {
        table.selections.wrappingAdd(1, ordering: .relaxed)
        var best = 0
        var bestKey = figures[0].totalOrderKey
        for position in 1..<figures.count {
            let key = figures[position].totalOrderKey
            if key < bestKey {
                best = position
                bestKey = key
            }
        }
        return table.selectAndComplete(best, reason: reason)
    }

    func stateFingerprint() -> UInt64 {
        table.statsFingerprint
    }
}
