import ComputeRuntime
import Synchronization
import XCTest

/// Multi-threaded pins (§1.9, #148), generic over the implementation.
public struct LoadBalancerConcurrencySuite<L: LoadBalancing> {
    public init() {}

    private typealias F = LoadBalancerFixtures

    /// 16 threads without completions: exactly `cap` reservations succeed.
    public func connectionCapHoldsWithoutCompletions(file: StaticString = #filePath, line: UInt = #line) {
        let balancer = F.make(L.self, .roundRobin) { $0.maxConnectionsPerEndpoint = 5 }
        balancer.addEndpoint(Endpoint(F.id(1)))
        let successes = SharedCounter()
        runConcurrently(threads: 16) { _ in
            for _ in 0..<4 where (try? balancer.select(RequestContext())) != nil {
                successes.add(1)
            }
        }
        XCTAssertEqual(successes.current, 5, file: file, line: line)
        XCTAssertEqual(balancer.stats().totalConnections, 5, file: file, line: line)
    }

    /// Many threads selecting and completing: the in-flight count per endpoint never exceeds the cap.
    public func connectionCapHoldsWhileCompleting(file: StaticString = #filePath, line: UInt = #line) {
        let cap = 3
        let balancer = F.make(L.self, .leastConnections) { $0.maxConnectionsPerEndpoint = UInt32(cap) }
        for n: UInt8 in 1...2 { balancer.addEndpoint(Endpoint(F.id(n))) }
        let inFlight = [SharedCounter(), SharedCounter()]
        let maximum = SharedCounter()
        let successes = SharedCounter()
        runConcurrently(threads: 12) { _ in
            for _ in 0..<300 {
                guard let selection = try? balancer.select(RequestContext()) else { continue }
                successes.add(1)
                let slot = Int(selection.nodeID.byte(at: 0)) - 1
                maximum.raise(to: inFlight[slot].add(1))
                inFlight[slot].add(-1)
                balancer.recordCompletion(selection.nodeID, success: true)
            }
        }
        XCTAssertLessThanOrEqual(maximum.current, cap, file: file, line: line)
        XCTAssertGreaterThan(successes.current, 0, file: file, line: line)
        XCTAssertEqual(balancer.stats().totalConnections, 0, file: file, line: line)
    }

    /// One circuit-open endpoint past its window: exactly one of 32 racing selectors wins the probe.
    public func halfOpenProbeWonByExactlyOne(file: StaticString = #filePath, line: UInt = #line) {
        let clock = ManualClock()
        let balancer = F.make(L.self, .roundRobin, clock: clock) { $0.circuitRecoveryTimeMs = 50 }
        balancer.addEndpoint(Endpoint(F.id(1)))
        for _ in 0..<5 { balancer.recordCompletion(F.id(1), success: false) }
        clock.advance(milliseconds: 60)
        let winners = SharedCounter()
        runConcurrently(threads: 32) { _ in
            if (try? balancer.select(RequestContext())) != nil { winners.add(1) }
        }
        XCTAssertEqual(winners.current, 1, file: file, line: line)
        XCTAssertThrowsError(try balancer.select(RequestContext()), "probe flag stays set", file: file, line: line)
    }

    /// Two circuit-open endpoints: each gets its own probe concurrently.
    public func distinctEndpointsProbeConcurrently(file: StaticString = #filePath, line: UInt = #line) {
        let clock = ManualClock()
        let balancer = F.make(L.self, .roundRobin, clock: clock) { $0.circuitRecoveryTimeMs = 50 }
        for n: UInt8 in 1...2 {
            balancer.addEndpoint(Endpoint(F.id(n)))
            for _ in 0..<5 { balancer.recordCompletion(F.id(n), success: false) }
        }
        clock.advance(milliseconds: 60)
        let winners = [SharedCounter(), SharedCounter()]
        runConcurrently(threads: 32) { _ in
            if let selection = try? balancer.select(RequestContext()) {
                winners[Int(selection.nodeID.byte(at: 0)) - 1].add(1)
            }
        }
        XCTAssertEqual(winners.map(\.current), [1, 1], file: file, line: line)
    }

    /// #148 pin: concurrent adds then concurrent removals leave a consistent view.
    public func concurrentMembershipChangesStayConsistent(
        mapCount: (L) -> Int, file: StaticString = #filePath, line: UInt = #line
    ) {
        let balancer = F.make(L.self, .consistentHash)
        runConcurrently(threads: 64) { index in balancer.addEndpoint(Endpoint(F.id(UInt8(index + 1)))) }
        XCTAssertEqual(balancer.endpointCount, 64, file: file, line: line)
        XCTAssertEqual(mapCount(balancer), 64, file: file, line: line)
        XCTAssertEqual(Set(balancer.endpoints().map(\.nodeID)).count, 64, file: file, line: line)
        runConcurrently(threads: 32) { index in balancer.removeEndpoint(F.id(UInt8(2 * (index + 1)))) }
        let listed = balancer.endpoints().map(\.nodeID)
        XCTAssertEqual(balancer.endpointCount, 32, file: file, line: line)
        XCTAssertEqual(mapCount(balancer), 32, file: file, line: line)
        XCTAssertEqual(Set(listed), Set((0..<32).map { F.id(UInt8(2 * $0 + 1)) }), file: file, line: line)
        XCTAssertEqual(balancer.stats().activeEndpoints, 32, file: file, line: line)
    }

    /// Selectors keep running while other threads add and remove endpoints: every success names a
    /// registered (or just-removed) endpoint, and nothing crashes or leaks connections.
    public func selectDuringMembershipChurn(file: StaticString = #filePath, line: UInt = #line) {
        let balancer = F.make(L.self, .consistentHash)
        for n: UInt8 in 1...4 { balancer.addEndpoint(Endpoint(F.id(n))) }
        let invalid = SharedCounter()
        runConcurrently(threads: 6) { index in
            if index < 2 {
                for round in 0..<40 {
                    let id = F.id(UInt8(5 + (round + index * 3) % 6))
                    if round % 2 == 0 { balancer.addEndpoint(Endpoint(id)) } else { balancer.removeEndpoint(id) }
                }
            } else {
                for round in 0..<400 {
                    let context = RequestContext().withRoutingKey("k\(round % 17)")
                    guard let selection = try? balancer.select(context) else { continue }
                    if selection.nodeID.byte(at: 0) > 10 { invalid.add(1) }
                    balancer.recordCompletion(selection.nodeID, success: true)
                }
            }
        }
        XCTAssertEqual(invalid.current, 0, file: file, line: line)
        for n: UInt8 in 1...4 {
            XCTAssert(balancer.endpoints().contains { $0.nodeID == F.id(n) }, file: file, line: line)
        }
    }
}
