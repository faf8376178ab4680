import ComputeRuntime
import LegacyBaseline
import PerfBenchKit
import RuntimeTestSupport
import XCTest

/// #148 / #150 legacy cost: the candidate lists (and the ring copy) are allocated on every select.
final class LegacyLoadBalancerAllocationTests: XCTestCase {
    private let events: UInt64 = 200

    func testEverySelectAllocatesItsCandidateList() throws {
        let balancers = Strategy.allCases.map { strategy in
            let balancer = LegacyBaseline.LoadBalancer.withStrategy(strategy)
            SelectionAllocations.populate(balancer, count: 10)
            return (strategy, balancer)
        }
        let counter = try SelectionAllocations.sharedCounter()
        for (strategy, balancer) in balancers {
            let allocations = try SelectionAllocations.count(
                balancer, RequestContext(), counter: counter, events: Int(events))
            XCTAssertGreaterThanOrEqual(allocations, events, "\(strategy): at least the available list per select")
        }
    }

    /// With a client zone both lists get entries: at least two allocations per select.
    func testZoneSplitAllocatesBothLists() throws {
        let balancer = LegacyBaseline.LoadBalancer.withStrategy(.roundRobin)
        SelectionAllocations.populate(balancer, count: 10)
        let counter = try SelectionAllocations.sharedCounter()
        let allocations = try SelectionAllocations.count(
            balancer, RequestContext().withZone("us-east"), counter: counter, events: Int(events))
        XCTAssertGreaterThanOrEqual(allocations, 2 * events)
    }

    /// Consistent hash adds the ring copy on top of the candidate list.
    func testConsistentHashCopiesTheRing() throws {
        let balancer = LegacyBaseline.LoadBalancer.withStrategy(.consistentHash)
        SelectionAllocations.populate(balancer, count: 10)
        let counter = try SelectionAllocations.sharedCounter()
        let allocations = try SelectionAllocations.count(
            balancer, RequestContext().withSession("user-12345"), counter: counter, events: Int(events))
        XCTAssertGreaterThanOrEqual(allocations, 2 * events)
    }
}
