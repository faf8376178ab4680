import ComputeRuntime
import PerfBenchKit
import RuntimeTestSupport
import XCTest

/// #148 filtered path: select + completion allocate nothing when the filter must run, including
/// above 4 096 endpoints, where two bitmaps no longer fit in 1 KiB.
final class FilteredPathAllocationTests: XCTestCase {
    func testFilteredSelectAndCompleteAllocateNothing() throws {
        var cases: [(label: String, balancer: ComputeRuntime.LoadBalancer, context: RequestContext)] = []
        // Every registration rebuilds the snapshot (and the ring, 150 entries per endpoint), so
        // large setups take minutes in a debug build: 5 000 endpoints for round robin only,
        // consistent hash up to 100. The filter and its scratch do not depend on the strategy.
        let sizes: [Strategy: [Int]] = [
            .roundRobin: [10, 1000, 5000], .consistentHash: [10, 100], .leastLatency: [10, 1000],
        ]
        for strategy in [Strategy.roundRobin, .consistentHash, .leastLatency] {
            for count in sizes[strategy]! {
                for blocker in FilterBlockerKind.allCases {
                    let (balancer, context) = FilteredPathFixtures.make(
                        ComputeRuntime.LoadBalancer.self, strategy, count: count, blocker: blocker)
                    cases.append(("\(strategy), \(count) endpoints, \(blocker)", balancer, context))
                }
            }
        }
        let counter = try SelectionAllocations.sharedCounter()
        for (label, balancer, context) in cases {
            XCTAssertFalse(balancer.fastPathBlockers.isClear && context.requiredTags.isEmpty, label)
            XCTAssertEqual(try SelectionAllocations.count(balancer, context, counter: counter), 0, label)
        }
    }

    /// A transition per select (a cap of one fills and drains with every select and completion)
    /// makes every select rescan and republish the cached exclusions: still nothing allocated.
    func testRescanningAfterEveryTransitionAllocatesNothing() throws {
        var config = LoadBalancerConfig(strategy: .roundRobin)
        config.maxConnectionsPerEndpoint = 1
        let balancer = ComputeRuntime.LoadBalancer(config: config, clock: .system)
        for i in 0..<5000 { balancer.addEndpoint(Endpoint(FilteredPathFixtures.id(i))) }
        balancer.updateHealth(FilteredPathFixtures.id(2500), .unhealthy)
        let counter = try SelectionAllocations.sharedCounter()
        XCTAssertEqual(
            try SelectionAllocations.count(balancer, RequestContext(), counter: counter, events: 60, warmUp: 10), 0)
    }
}
