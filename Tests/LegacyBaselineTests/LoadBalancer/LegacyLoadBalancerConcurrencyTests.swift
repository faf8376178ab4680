import ComputeRuntime
import RuntimeTestSupport
import XCTest

@testable import LegacyBaseline

/// Concurrency pins (§1.9, #148) on `LegacyBaseline.LoadBalancer`.
final class LegacyLoadBalancerConcurrencyTests: XCTestCase {
    private let suite = LoadBalancerConcurrencySuite<LegacyBaseline.LoadBalancer>()

    func testConnectionCapHoldsWithoutCompletions() { suite.connectionCapHoldsWithoutCompletions() }

    func testConnectionCapHoldsWhileCompleting() { suite.connectionCapHoldsWhileCompleting() }

    func testHalfOpenProbeWonByExactlyOne() { suite.halfOpenProbeWonByExactlyOne() }

    func testDistinctEndpointsProbeConcurrently() { suite.distinctEndpointsProbeConcurrently() }

    func testConcurrentMembershipChangesStayConsistent() {
        suite.concurrentMembershipChangesStayConsistent { balancer in
            var walked = 0
            balancer.table.forEachInInsertionOrder { _ in walked += 1 }
            XCTAssertEqual(walked, balancer.table.count)
            return walked
        }
    }

    func testSelectDuringMembershipChurn() { suite.selectDuringMembershipChurn() }
}
