import ComputeRuntime
import LegacyBaseline
import RuntimeTestSupport
import XCTest

/// Concurrency pins (§1.9, #148) on `LegacyBaseline.LoadBalancer`.
final class LegacyLoadBalancerConcurrencyTests: XCTestCase {
    private let suite = LoadBalancerConcurrencySuite<LegacyBaseline.LoadBalancer>()

    func testConnectionCapHoldsWithoutCompletions() { suite.connectionCapHoldsWithoutCompletions() }

    func testConnectionCapHoldsWhileCompleting() { suite.connectionCapHoldsWhileCompleting() }

    func testHalfOpenProbeWonByExactlyOne() { suite.halfOpenProbeWonByExactlyOne() }

    func testDistinctEndpointsProbeConcurrently() { suite.distinctEndpointsProbeConcurrently() }

    func testConcurrentMembershipChangesStayConsistent() {
        suite.concurrentMembershipChangesStayConsistent { balancer in
            let (walked, count) = balancer.tableWalkForTesting()
            XCTAssertEqual(walked, count)
            return walked
        }
    }

    func testSelectDuringMembershipChurn() { suite.selectDuringMembershipChurn() }
}
