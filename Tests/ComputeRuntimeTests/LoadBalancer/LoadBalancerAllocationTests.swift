import ComputeRuntime
import PerfBenchKit
import RuntimeTestSupport
import XCTest

/// #148/#149/#150/#161: the fixed select + completion path allocates nothing, for every strategy.
///
/// Balancers are built before counting starts: membership changes allocate (snapshots, rings).
final class LoadBalancerAllocationTests: XCTestCase {
    func testSelectAndCompleteAllocateNothingForEveryStrategy() throws {
        var cases: [(label: String, balancer: ComputeRuntime.LoadBalancer, context: RequestContext)] = []
        for strategy in Strategy.allCases {
            for endpoints in [1, 10, 300] {
                for (label, context) in SelectionAllocations.contexts {
                    let balancer = ComputeRuntime.LoadBalancer.withStrategy(strategy)
                    SelectionAllocations.populate(balancer, count: endpoints)
                    cases.append(("\(strategy), \(endpoints) endpoints, \(label) context", balancer, context))
                }
            }
        }
        let counter = try SelectionAllocations.sharedCounter()
        for (label, balancer, context) in cases {
            XCTAssertEqual(try SelectionAllocations.count(balancer, context, counter: counter), 0, label)
        }
    }

    /// Retries (every attempt refilters) and the circuit-open / probe paths allocate nothing either.
    func testRetriesAndProbesAllocateNothing() throws {
        let clock = ManualClock()
        var config = LoadBalancerConfig(strategy: .roundRobin)
        config.circuitRecoveryTimeMs = 50
        let balancer = ComputeRuntime.LoadBalancer(config: config, clock: .manual(clock))
        SelectionAllocations.populate(balancer, count: 4)
        for _ in 0..<5 { balancer.recordCompletion(NodeID(words: (0, 0, 0, 0)), success: false) }
        clock.advance(milliseconds: 60)
        let counter = try SelectionAllocations.sharedCounter()
        XCTAssertEqual(
            try SelectionAllocations.count(balancer, RequestContext(), counter: counter, events: 100, warmUp: 10), 0)
    }
}
