import ComputeRuntime
import RuntimeTestSupport
import XCTest

/// #148 fast path: the maintained blocker totals are exact after every kind of mutation.
final class LoadBalancerFastPathBlockerTests: XCTestCase {
    private typealias F = LoadBalancerFixtures

    private func assertBlockers(
        _ balancer: ComputeRuntime.LoadBalancer, _ unavailable: Int, _ circuitOpen: Int, _ atCapacity: Int,
        _ label: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        let expected = FastPathBlockers(unavailable: unavailable, circuitOpen: circuitOpen, atCapacity: atCapacity)
        XCTAssertEqual(balancer.fastPathBlockers, expected, label, file: file, line: line)
        XCTAssertEqual(balancer.recountedFastPathBlockers, expected, "recount: \(label)", file: file, line: line)
    }

    func testHealthEnabledAndMembershipChanges() {
        let balancer = F.make(ComputeRuntime.LoadBalancer.self, .roundRobin)
        balancer.addEndpoint(Endpoint(F.id(1)))
        assertBlockers(balancer, 0, 0, 0, "healthy add")
        var unhealthy = Endpoint(F.id(2))
        unhealthy.health = .unhealthy
        balancer.addEndpoint(unhealthy)
        assertBlockers(balancer, 1, 0, 0, "unhealthy add")
        var disabled = Endpoint(F.id(3))
        disabled.enabled = false
        balancer.addEndpoint(disabled)
        assertBlockers(balancer, 2, 0, 0, "disabled add")
        balancer.updateHealth(F.id(3), .healthy)
        assertBlockers(balancer, 2, 0, 0, "health does not enable a disabled endpoint")
        balancer.updateHealth(F.id(2), .degraded)
        assertBlockers(balancer, 1, 0, 0, "unhealthy → degraded")
        balancer.updateHealth(F.id(1), .unknown)
        assertBlockers(balancer, 2, 0, 0, "healthy → unknown")
        balancer.updateHealth(F.id(1), .unhealthy)
        assertBlockers(balancer, 2, 0, 0, "unknown → unhealthy")
        balancer.updateHealth(F.id(9), .unhealthy)
        assertBlockers(balancer, 2, 0, 0, "unknown id")
        balancer.addEndpoint(Endpoint(F.id(1)))
        assertBlockers(balancer, 1, 0, 0, "re-add replaces an unhealthy state by a healthy one")
        balancer.removeEndpoint(F.id(3))
        assertBlockers(balancer, 0, 0, 0, "remove disabled")
        balancer.removeEndpoint(F.id(3))
        assertBlockers(balancer, 0, 0, 0, "remove unknown id")
    }

    func testCircuitTripProbeAndRemoval() throws {
        let clock = ManualClock()
        let balancer = F.make(ComputeRuntime.LoadBalancer.self, .roundRobin, clock: clock) {
            $0.circuitRecoveryTimeMs = 50
        }
        balancer.addEndpoint(Endpoint(F.id(1)))
        for _ in 0..<4 { balancer.recordCompletion(F.id(1), success: false) }
        assertBlockers(balancer, 0, 0, 0, "four failures")
        balancer.recordCompletion(F.id(1), success: false)
        assertBlockers(balancer, 0, 1, 0, "fifth failure trips")
        balancer.recordCompletion(F.id(1), success: false)
        assertBlockers(balancer, 0, 1, 0, "further failures")
        clock.advance(milliseconds: 60)
        XCTAssertEqual(try balancer.select(RequestContext()).nodeID, F.id(1), "probe")
        balancer.recordCompletion(F.id(1), success: false)
        assertBlockers(balancer, 0, 1, 0, "failed probe keeps it open")
        clock.advance(milliseconds: 60)
        XCTAssertEqual(try balancer.select(RequestContext()).nodeID, F.id(1), "second probe")
        balancer.recordCompletion(F.id(1), success: true)
        assertBlockers(balancer, 0, 0, 0, "successful probe closes")
        balancer.addEndpoint(Endpoint(F.id(2)))
        for _ in 0..<5 { balancer.recordCompletion(F.id(2), success: false) }
        assertBlockers(balancer, 0, 1, 0, "second endpoint trips")
        balancer.addEndpoint(Endpoint(F.id(2)))
        assertBlockers(balancer, 0, 0, 0, "re-add resets the circuit")
        for _ in 0..<5 { balancer.recordCompletion(F.id(2), success: false) }
        balancer.removeEndpoint(F.id(2))
        assertBlockers(balancer, 0, 0, 0, "removal while open")
    }

    func testConnectionCapFillAndDrain() throws {
        let balancer = F.make(ComputeRuntime.LoadBalancer.self, .roundRobin) { $0.maxConnectionsPerEndpoint = 2 }
        for n: UInt8 in 1...2 { balancer.addEndpoint(Endpoint(F.id(n))) }
        _ = try balancer.select(RequestContext())
        _ = try balancer.select(RequestContext())
        assertBlockers(balancer, 0, 0, 0, "one each")
        _ = try balancer.select(RequestContext())
        assertBlockers(balancer, 0, 0, 1, "first endpoint full")
        _ = try balancer.select(RequestContext())
        assertBlockers(balancer, 0, 0, 2, "both full")
        XCTAssertThrowsError(try balancer.select(RequestContext()))
        assertBlockers(balancer, 0, 0, 2, "failed selection")
        balancer.recordCompletion(F.id(1), success: true)
        assertBlockers(balancer, 0, 0, 1, "completion frees a slot")
        balancer.recordCompletion(F.id(1), success: true)
        balancer.recordCompletion(F.id(1), success: true)
        assertBlockers(balancer, 0, 0, 1, "completions without reservations saturate at zero")
        balancer.removeEndpoint(F.id(2))
        assertBlockers(balancer, 0, 0, 0, "removal at the cap")
        _ = try balancer.select(RequestContext())
        _ = try balancer.select(RequestContext())
        assertBlockers(balancer, 0, 0, 1, "refilled")
        balancer.addEndpoint(Endpoint(F.id(1)))
        assertBlockers(balancer, 0, 0, 0, "re-add at the cap")
    }

    func testZeroCapBlocksFromTheStart() {
        let balancer = F.make(ComputeRuntime.LoadBalancer.self, .roundRobin) { $0.maxConnectionsPerEndpoint = 0 }
        balancer.addEndpoint(Endpoint(F.id(1)))
        balancer.addEndpoint(Endpoint(F.id(2)))
        assertBlockers(balancer, 0, 0, 2, "every endpoint is at a zero cap")
        XCTAssertThrowsError(try balancer.select(RequestContext()))
        balancer.recordCompletion(F.id(1), success: true)
        balancer.addEndpoint(Endpoint(F.id(2)))
        balancer.removeEndpoint(F.id(1))
        assertBlockers(balancer, 0, 0, 1, "after completion, re-add, removal")
    }

    /// Transitions racing with removals and re-adds (the ledger's detach): totals exact afterwards.
    func testTotalsExactAfterConcurrentTransitionsAndMembershipChanges() {
        let balancer = F.make(ComputeRuntime.LoadBalancer.self, .leastConnections) { $0.maxConnectionsPerEndpoint = 2 }
        for n: UInt8 in 1...4 { balancer.addEndpoint(Endpoint(F.id(n))) }
        runConcurrently(threads: 6) { index in
            for round in 0..<2000 {
                if index == 0 {
                    let id = F.id(UInt8(1 + round % 4))
                    if round % 3 == 0 { balancer.removeEndpoint(id) } else { balancer.addEndpoint(Endpoint(id)) }
                } else if let selection = try? balancer.select(RequestContext()) {
                    // Leave some reservations open and fail some completions so caps and circuits flip.
                    if round % 5 != 0 { balancer.recordCompletion(selection.nodeID, success: round % 4 != 0) }
                }
            }
        }
        XCTAssertEqual(balancer.fastPathBlockers, balancer.recountedFastPathBlockers)
    }
}
