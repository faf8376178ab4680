import ComputeRuntime
import RuntimeTestSupport
import XCTest

/// Concurrency pins (§1.9, #148) on `ComputeRuntime.LoadBalancer`.
final class LoadBalancerConcurrencyTests: XCTestCase {
    private let suite = LoadBalancerConcurrencySuite<ComputeRuntime.LoadBalancer>()

    func testConnectionCapHoldsWithoutCompletions() { suite.connectionCapHoldsWithoutCompletions() }

    func testConnectionCapHoldsWhileCompleting() { suite.connectionCapHoldsWhileCompleting() }

    func testHalfOpenProbeWonByExactlyOne() { suite.halfOpenProbeWonByExactlyOne() }

    func testDistinctEndpointsProbeConcurrently() { suite.distinctEndpointsProbeConcurrently() }

    /// "snapshot == map": the published snapshot and the membership list agree.
    func testConcurrentMembershipChangesStayConsistent() {
        suite.concurrentMembershipChangesStayConsistent { balancer in
            let (members, positions) = balancer.membershipForTesting()
            XCTAssertEqual(members, balancer.snapshotStatesForTesting().map(\.nodeID))
            XCTAssertEqual(positions, members.count)
            return members.count
        }
    }

    func testSelectDuringMembershipChurn() { suite.selectDuringMembershipChurn() }
}
