@testable import ComputeRuntime
import RuntimeTestSupport
import XCTest

/// #148/#149 pins that only make sense for the fixed balancer's snapshot and metrics box.
final class EndpointSnapshotTests: XCTestCase {
    private typealias F = LoadBalancerFixtures

    /// `removed_endpoint_is_unavailable_through_a_stale_snapshot`.
    func testRemovedEndpointIsUnavailableThroughStaleSnapshot() {
        let balancer = F.make(ComputeRuntime.LoadBalancer.self, .roundRobin)
        for n: UInt8 in 1...2 { balancer.addEndpoint(Endpoint(F.id(n))) }
        let stale = balancer.snapshotStates()
        balancer.removeEndpoint(F.id(1))
        XCTAssertEqual(stale.map(\.nodeID), [F.id(1), F.id(2)])
        XCTAssertFalse(stale[0].isAvailable())
        XCTAssertTrue(stale[1].isAvailable())
    }

    /// A re-add replaces the state in place; the replaced state reads as removed.
    func testReAddRetiresTheReplacedState() {
        let balancer = F.make(ComputeRuntime.LoadBalancer.self, .roundRobin)
        balancer.addEndpoint(Endpoint(F.id(1)))
        let before = balancer.snapshotStates()[0]
        balancer.addEndpoint(Endpoint(F.id(1)).withWeight(5))
        let after = balancer.snapshotStates()
        XCTAssertEqual(after.count, 1)
        XCTAssertFalse(after[0] === before)
        XCTAssertTrue(before.removed.load(ordering: .relaxed))
        XCTAssertEqual(after[0].weight, 5)
    }

    /// `endpoint_state_metrics_arc_swap_visibility_and_no_clone_on_read`.
    func testMetricsBoxIsSharedUntilReplaced() {
        let balancer = F.make(ComputeRuntime.LoadBalancer.self, .leastLoad)
        balancer.addEndpoint(Endpoint(F.id(7)))
        let state = balancer.snapshotStates()[0]
        XCTAssertGreaterThanOrEqual(state.loadScore(), 0)
        let first = state.metrics
        let second = state.metrics
        XCTAssertEqual(first, second, "two reads without a write see the same box")
        let update = LoadMetrics(cpuUsage: 0.95, errorRate: 0.5)
        balancer.updateMetrics(F.id(7), update)
        XCTAssertNotEqual(state.metrics, first)
        XCTAssertEqual(state.loadScore(), update.loadScore(), accuracy: .ulpOfOne)
        XCTAssertEqual(state.loadScore(), 0.36, accuracy: 1e-12)
    }

    /// #150: the ring is sorted and every entry resolves to the snapshot position of its owner.
    func testRingIsSortedAndResolvesOwners() {
        let balancer = F.make(ComputeRuntime.LoadBalancer.self, .consistentHash)
        for n: UInt8 in 0...9 { balancer.addEndpoint(Endpoint(F.id(n))) }
        balancer.removeEndpoint(F.id(4))
        let ring = balancer.ringEntries
        XCTAssertEqual(ring.count, 9 * 150)
        XCTAssertEqual(ring.map(\.key), ring.map(\.key).sorted())
        XCTAssertFalse(ring.contains { $0.node == F.id(4) })
        XCTAssertEqual(Set(ring.map(\.node)).count, 9)
    }

    /// #161: the per-balancer generator replays SplitMix64 from the injected seed.
    func testSeededRandomSourceReplaysSplitMix() {
        let numbers = RandomNumbers(.seeded(42))
        var state: UInt64 = 42
        for _ in 0..<5 {
            state &+= RandomSource.splitMixIncrement
            XCTAssertEqual(numbers.next(), RandomSource.splitMixOutput(state))
        }
    }

    /// #160: the maintained weight total follows health changes and membership.
    func testMaintainedWeightTotalTracksHealth() {
        let balancer = F.make(ComputeRuntime.LoadBalancer.self, .weightedRoundRobin)
        balancer.addEndpoint(Endpoint(F.id(1)).withWeight(100))
        balancer.addEndpoint(Endpoint(F.id(2)).withWeight(200))
        func total() -> Double { Double(balancer.totalWeightQuarters.load(ordering: .relaxed)) / 4 }
        XCTAssertEqual(total(), 300)
        balancer.updateHealth(F.id(2), .degraded)
        XCTAssertEqual(total(), 200)
        balancer.removeEndpoint(F.id(1))
        XCTAssertEqual(total(), 100)
    }
}
