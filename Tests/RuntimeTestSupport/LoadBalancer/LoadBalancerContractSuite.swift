import ComputeRuntime
import XCTest

/// The spec's pinned load-balancer tests (§1.14, §6 #148), generic over the implementation so the
/// legacy and fixed test targets run the very same assertions.
public struct LoadBalancerContractSuite<L: LoadBalancing> {
    public init() {}

    private typealias F = LoadBalancerFixtures

    private func make(
        _ strategy: Strategy, clock: ManualClock = ManualClock(),
        configure: (inout LoadBalancerConfig) -> Void = { _ in }
    ) -> L {
        F.make(L.self, strategy, clock: clock, configure: configure)
    }

    private func addPlain(_ balancer: L, _ ids: ClosedRange<UInt8>) {
        for n in ids { balancer.addEndpoint(Endpoint(F.id(n))) }
    }

    public func roundRobinSpreadsEvenly(file: StaticString = #filePath, line: UInt = #line) {
        let balancer = make(.roundRobin)
        addPlain(balancer, 1...3)
        let counts = F.tally(balancer, count: 6, complete: false)
        XCTAssertEqual(counts, [F.id(1): 2, F.id(2): 2, F.id(3): 2], file: file, line: line)
        let order = (0..<3).map { _ in try? balancer.select(RequestContext()).nodeID }
        XCTAssertEqual(order, [F.id(1), F.id(2), F.id(3)], "insertion order", file: file, line: line)
    }

    public func leastConnectionsAvoidsBusyEndpoint(file: StaticString = #filePath, line: UInt = #line) throws {
        let balancer = make(.leastConnections)
        addPlain(balancer, 1...2)
        let first = try balancer.select(RequestContext())
        let second = try balancer.select(RequestContext())
        XCTAssertNotEqual(first.nodeID, second.nodeID, file: file, line: line)
        XCTAssertEqual(first.reason, .leastConnections, file: file, line: line)
    }

    public func weightedRoundRobinFollowsWeights(file: StaticString = #filePath, line: UInt = #line) {
        let balancer = make(.weightedRoundRobin)
        for (n, weight) in [(1, 100), (2, 200), (3, 300)] as [(UInt8, UInt32)] {
            balancer.addEndpoint(Endpoint(F.id(n)).withWeight(weight))
        }
        let counts = F.tally(balancer, count: 600, complete: true)
        XCTAssertEqual(counts, [F.id(1): 100, F.id(2): 200, F.id(3): 300], file: file, line: line)
    }

    /// Appendix A: counter c → A for 0…99, B for 100…299, C for 300…599 (chunky rotation).
    public func weightedRoundRobinSequenceMatchesAppendixA(file: StaticString = #filePath, line: UInt = #line) throws {
        let balancer = make(.weightedRoundRobin)
        for (n, weight) in [(1, 100), (2, 200), (3, 300)] as [(UInt8, UInt32)] {
            balancer.addEndpoint(Endpoint(F.id(n)).withWeight(weight))
        }
        for c in 0..<1200 {
            let selection = try balancer.select(RequestContext())
            balancer.recordCompletion(selection.nodeID, success: true)
            let target = c % 600
            let expected: UInt8 = target < 100 ? 1 : target < 300 ? 2 : 3
            XCTAssertEqual(selection.nodeID, F.id(expected), "counter \(c)", file: file, line: line)
            XCTAssertEqual(selection.reason, .weighted, file: file, line: line)
        }
    }

    public func weightedLeastConnectionsKeepsFractionalWeights(file: StaticString = #filePath, line: UInt = #line) {
        let balancer = make(.weightedLeastConnections)
        balancer.addEndpoint(Endpoint(F.id(1)).withWeight(10))
        balancer.addEndpoint(Endpoint(F.id(2)).withWeight(1))
        let counts = F.tally(balancer, count: 600, complete: false)
        XCTAssertGreaterThan(counts[F.id(1), default: 0], 2 * counts[F.id(2), default: 0], file: file, line: line)
    }

    public func weightedRoundRobinEqualWeights(file: StaticString = #filePath, line: UInt = #line) {
        let balancer = make(.weightedRoundRobin)
        for n: UInt8 in 1...3 { balancer.addEndpoint(Endpoint(F.id(n)).withWeight(1)) }
        let counts = F.tally(balancer, count: 300, complete: true)
        for n: UInt8 in 1...3 {
            XCTAssert((80...120).contains(counts[F.id(n), default: 0]), "\(counts)", file: file, line: line)
        }
    }

    /// The NaN-safe guard: a non-positive total falls back to round robin (reason roundRobin).
    public func weightedRoundRobinZeroTotalFallsBackToRoundRobin(file: StaticString = #filePath, line: UInt = #line)
        throws
    {
        let balancer = make(.weightedRoundRobin)
        for n: UInt8 in 1...2 { balancer.addEndpoint(Endpoint(F.id(n)).withWeight(0)) }
        let first = try balancer.select(RequestContext())
        let second = try balancer.select(RequestContext())
        XCTAssertEqual([first.nodeID, second.nodeID], [F.id(1), F.id(2)], file: file, line: line)
        XCTAssertEqual(first.reason, .roundRobin, file: file, line: line)
    }

    public func unhealthyEndpointIsSkipped(file: StaticString = #filePath, line: UInt = #line) {
        let balancer = make(.roundRobin)
        addPlain(balancer, 1...2)
        balancer.updateHealth(F.id(1), .unhealthy)
        let counts = F.tally(balancer, count: 10, complete: true)
        XCTAssertEqual(counts, [F.id(2): 10], file: file, line: line)
        balancer.updateHealth(F.id(2), .unknown)
        XCTAssertThrowsError(try balancer.select(RequestContext()), file: file, line: line) { error in
            XCTAssertEqual(error as? LoadBalancerError, .noEndpointsAvailable)
        }
    }

    public func zoneAffinityPrefersClientZone(file: StaticString = #filePath, line: UInt = #line) {
        let balancer = make(.roundRobin)
        balancer.addEndpoint(Endpoint(F.id(1)).withZone("us-east"))
        balancer.addEndpoint(Endpoint(F.id(2)).withZone("us-west"))
        let counts = F.tally(balancer, RequestContext().withZone("us-west"), count: 10, complete: true)
        XCTAssertEqual(counts, [F.id(2): 10], file: file, line: line)
    }

    public func zoneFallbackRespected(file: StaticString = #filePath, line: UInt = #line) {
        let strict = make(.roundRobin) { $0.zoneFallback = false }
        strict.addEndpoint(Endpoint(F.id(1)).withZone("us-east"))
        XCTAssertThrowsError(try strict.select(RequestContext().withZone("eu-west")), file: file, line: line)
        XCTAssertEqual(
            strict.stats().failedSelections, 0, "early return is not a failed selection", file: file, line: line)
        let lenient = make(.roundRobin)
        lenient.addEndpoint(Endpoint(F.id(1)).withZone("us-east"))
        XCTAssertEqual(
            try? lenient.select(RequestContext().withZone("eu-west")).nodeID, F.id(1), file: file, line: line)
        let zoneBlind = make(.roundRobin) {
            $0.zoneAware = false
            $0.zoneFallback = false
        }
        zoneBlind.addEndpoint(Endpoint(F.id(1)).withZone("us-east"))
        XCTAssertEqual(
            try? zoneBlind.select(RequestContext().withZone("eu-west")).nodeID, F.id(1), file: file, line: line)
    }

    public func consistentHashIsDeterministic(file: StaticString = #filePath, line: UInt = #line) throws {
        let balancer = make(.consistentHash)
        addPlain(balancer, 1...5)
        for key in 0..<50 {
            let context = RequestContext().withRoutingKey("key-\(key)")
            let first = try balancer.select(context)
            balancer.recordCompletion(first.nodeID, success: true)
            XCTAssertEqual(first.reason, .consistentHash, file: file, line: line)
            for _ in 0..<20 {
                let again = try balancer.select(context)
                balancer.recordCompletion(again.nodeID, success: true)
                XCTAssertEqual(again.nodeID, first.nodeID, file: file, line: line)
            }
        }
    }

    /// Appendix A ring lookups.
    public func consistentHashMatchesAppendixA(file: StaticString = #filePath, line: UInt = #line) throws {
        let small = make(.consistentHash)
        addPlain(small, 1...3)
        for (key, node) in [("user-123", 3), ("user-42", 1), ("session-0", 3), ("session-1", 3)] as [(String, UInt8)] {
            XCTAssertEqual(
                try small.select(RequestContext().withSession(key)).nodeID, F.id(node), key, file: file, line: line)
        }
        let bench = make(.consistentHash)
        for n: UInt8 in 0...9 { bench.addEndpoint(Endpoint(F.id(n))) }
        XCTAssertEqual(
            try bench.select(RequestContext().withSession("user-12345")).nodeID, F.id(0), file: file, line: line)
    }

    public func circuitBreakerDivertsTraffic(file: StaticString = #filePath, line: UInt = #line) {
        let balancer = make(.roundRobin)
        addPlain(balancer, 1...2)
        for _ in 0..<5 { balancer.recordCompletion(F.id(1), success: false) }
        let counts = F.tally(balancer, count: 10, complete: true)
        XCTAssertEqual(counts, [F.id(2): 10], file: file, line: line)
    }

    public func statsReflectState(file: StaticString = #filePath, line: UInt = #line) throws {
        let balancer = make(.roundRobin)
        addPlain(balancer, 1...3)
        balancer.updateHealth(F.id(2), .degraded)
        balancer.updateMetrics(F.id(3), LoadMetrics(cpuUsage: 0.95, errorRate: 0.5))
        _ = try balancer.select(RequestContext())
        _ = try balancer.select(RequestContext())
        let stats = balancer.stats()
        XCTAssertEqual(
            stats,
            LoadBalancerStats(
                totalSelections: 2, failedSelections: 0, activeEndpoints: 3, healthyEndpoints: 2,
                totalConnections: 2, avgLoadScore: 0.36 / 3),
            file: file, line: line)
    }

    public func emptyBalancerHasNoEndpoints(file: StaticString = #filePath, line: UInt = #line) {
        let balancer = make(.roundRobin)
        XCTAssertThrowsError(try balancer.select(RequestContext()), file: file, line: line) { error in
            XCTAssertEqual(error as? LoadBalancerError, .noEndpointsAvailable)
        }
        XCTAssertEqual(balancer.stats().totalSelections, 1, file: file, line: line)
        XCTAssertEqual(balancer.stats().avgLoadScore, 0, file: file, line: line)
    }

    public func requiredTagsFilter(file: StaticString = #filePath, line: UInt = #line) {
        let balancer = make(.roundRobin)
        balancer.addEndpoint(Endpoint(F.id(1)).withTag("gpu"))
        balancer.addEndpoint(Endpoint(F.id(2)).withTag("gpu").withTag("fast"))
        balancer.addEndpoint(Endpoint(F.id(3)))
        let counts = F.tally(balancer, RequestContext().requireTag("gpu").requireTag("fast"), count: 4, complete: true)
        XCTAssertEqual(counts, [F.id(2): 4], file: file, line: line)
        XCTAssertThrowsError(try balancer.select(RequestContext().requireTag("tpu")), file: file, line: line)
    }

    public func nanMetricsDoNotTrap(file: StaticString = #filePath, line: UInt = #line) throws {
        for strategy in [Strategy.leastLoad, .leastLatency, .adaptive] {
            let balancer = make(strategy)
            addPlain(balancer, 1...2)
            balancer.updateMetrics(F.id(1), LoadMetrics(cpuUsage: .nan, avgResponseTimeMs: .nan))
            let selection = try balancer.select(RequestContext())
            if strategy == .leastLoad || strategy == .leastLatency {
                XCTAssertEqual(selection.nodeID, F.id(2), "\(strategy): +NaN sorts last", file: file, line: line)
            }
            XCTAssert(balancer.stats().avgLoadScore.isNaN, file: file, line: line)
        }
    }

    /// The half-open probe with a manual clock (recovery 50 ms).
    public func halfOpenAdmitsSingleProbe(file: StaticString = #filePath, line: UInt = #line) throws {
        let clock = ManualClock()
        let balancer = make(.roundRobin, clock: clock) { $0.circuitRecoveryTimeMs = 50 }
        addPlain(balancer, 1...1)
        for _ in 0..<5 { balancer.recordCompletion(F.id(1), success: false) }
        XCTAssertThrowsError(try balancer.select(RequestContext()), "open circuit rejects", file: file, line: line)
        clock.advance(milliseconds: 75)
        XCTAssertEqual(try balancer.select(RequestContext()).nodeID, F.id(1), "probe admitted", file: file, line: line)
        XCTAssertThrowsError(try balancer.select(RequestContext()), "second probe rejected", file: file, line: line)
        balancer.recordCompletion(F.id(1), success: false)
        XCTAssertThrowsError(
            try balancer.select(RequestContext()), "failed probe restarts window", file: file, line: line)
        clock.advance(milliseconds: 75)
        XCTAssertEqual(
            try balancer.select(RequestContext()).nodeID, F.id(1), "next window probe", file: file, line: line)
        balancer.recordCompletion(F.id(1), success: true)
        for _ in 0..<3 {
            let selection = try balancer.select(RequestContext())
            balancer.recordCompletion(selection.nodeID, success: true)
        }
        XCTAssertEqual(balancer.stats().failedSelections, 0, file: file, line: line)
    }

    /// Filtering never claims the probe: only the endpoint actually selected gets its flag set.
    public func probeSlotNotLeakedOnMultiEndpointScan(file: StaticString = #filePath, line: UInt = #line) throws {
        let clock = ManualClock()
        let balancer = make(.roundRobin, clock: clock) { $0.circuitRecoveryTimeMs = 50 }
        addPlain(balancer, 1...2)
        for n: UInt8 in 1...2 {
            for _ in 0..<5 { balancer.recordCompletion(F.id(n), success: false) }
        }
        clock.advance(milliseconds: 60)
        let probe = try balancer.select(RequestContext())
        XCTAssertEqual(probe.nodeID, F.id(1), file: file, line: line)
        let other = try balancer.select(RequestContext())
        XCTAssertEqual(other.nodeID, F.id(2), "the second endpoint's probe slot is still free", file: file, line: line)
        XCTAssertThrowsError(try balancer.select(RequestContext()), file: file, line: line)
    }

    public func randomStrategiesStayInRange(file: StaticString = #filePath, line: UInt = #line) throws {
        let random = make(.random)
        addPlain(random, 1...4)
        let counts = F.tally(random, count: 400, complete: true)
        XCTAssertEqual(Set(counts.keys), Set((1...4).map { F.id($0) }), file: file, line: line)
        XCTAssertEqual(try random.select(RequestContext()).reason, .random, file: file, line: line)

        let weighted = make(.weightedRandom)
        weighted.addEndpoint(Endpoint(F.id(1)).withWeight(100))
        weighted.addEndpoint(Endpoint(F.id(2)).withWeight(900))
        let weightedCounts = F.tally(weighted, count: 2000, complete: true)
        XCTAssertGreaterThan(
            weightedCounts[F.id(2), default: 0], 3 * weightedCounts[F.id(1), default: 0], file: file, line: line)

        let zero = make(.weightedRandom)
        for n: UInt8 in 1...3 { zero.addEndpoint(Endpoint(F.id(n)).withWeight(0)) }
        XCTAssertEqual(try zero.select(RequestContext()).reason, .random, file: file, line: line)
        XCTAssertEqual(Set(F.tally(zero, count: 300, complete: true).keys).count, 3, file: file, line: line)

        let two = make(.powerOfTwo)
        addPlain(two, 1...3)
        XCTAssertEqual(try two.select(RequestContext()).reason, .powerOfTwo, file: file, line: line)
        let one = make(.powerOfTwo)
        addPlain(one, 1...1)
        XCTAssertEqual(try one.select(RequestContext()).reason, .roundRobin, file: file, line: line)
    }

    public func adaptiveSelects(file: StaticString = #filePath, line: UInt = #line) throws {
        let balancer = make(.adaptive)
        addPlain(balancer, 1...3)
        XCTAssertEqual(try balancer.select(RequestContext()).reason, .weighted, file: file, line: line)
        XCTAssertEqual(
            try balancer.select(RequestContext().withSession("s")).reason, .consistentHash, file: file, line: line)
        for n: UInt8 in 1...3 {
            balancer.updateMetrics(
                F.id(n), LoadMetrics(cpuUsage: 1, memoryUsage: 1, activeConnections: 10_000, errorRate: 1))
        }
        XCTAssertEqual(try balancer.select(RequestContext()).reason, .leastConnections, file: file, line: line)
    }

    public func endpointsReflectRegistrations(file: StaticString = #filePath, line: UInt = #line) {
        let balancer = make(.roundRobin)
        let added = [
            Endpoint(F.id(3)).withWeight(7).withZone("z").withTag("t").withPriority(2),
            Endpoint(F.id(1)), Endpoint(F.id(2)),
        ]
        for endpoint in added { balancer.addEndpoint(endpoint) }
        balancer.updateHealth(F.id(1), .degraded)
        var expected = added
        expected[1].health = .degraded
        XCTAssertEqual(balancer.endpoints(), expected, file: file, line: line)
        XCTAssertEqual(balancer.endpointCount, 3, file: file, line: line)
        balancer.addEndpoint(Endpoint(F.id(3)))
        let order = balancer.endpoints().map(\.nodeID)
        XCTAssertEqual(order, [F.id(3), F.id(1), F.id(2)], "re-add keeps position", file: file, line: line)
    }

    /// #148 pin: removal updates the snapshot and stops selection.
    public func removalStopsSelection(file: StaticString = #filePath, line: UInt = #line) {
        let balancer = make(.roundRobin)
        addPlain(balancer, 1...3)
        balancer.removeEndpoint(F.id(2))
        XCTAssertEqual(balancer.endpointCount, 2, file: file, line: line)
        XCTAssertEqual(balancer.stats().activeEndpoints, 2, file: file, line: line)
        XCTAssertFalse(balancer.endpoints().contains { $0.nodeID == F.id(2) }, file: file, line: line)
        let counts = F.tally(balancer, count: 50, complete: true)
        XCTAssertNil(counts[F.id(2)], file: file, line: line)
        XCTAssertEqual(counts.values.reduce(0, +), 50, file: file, line: line)
    }
}
