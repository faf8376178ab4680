import ComputeRuntime
import LegacyBaseline
import RuntimeTestSupport
import XCTest

/// The spec's pinned load-balancer tests (§1.14, #148) on `LegacyBaseline.LoadBalancer`.
final class LegacyLoadBalancerContractTests: XCTestCase {
    private let suite = LoadBalancerContractSuite<LegacyBaseline.LoadBalancer>()

    func testRoundRobinSpreadsEvenly() { suite.roundRobinSpreadsEvenly() }

    func testLeastConnectionsAvoidsBusyEndpoint() throws { try suite.leastConnectionsAvoidsBusyEndpoint() }

    func testWeightedRoundRobinFollowsWeights() { suite.weightedRoundRobinFollowsWeights() }

    func testWeightedRoundRobinSequenceMatchesAppendixA() throws {
        try suite.weightedRoundRobinSequenceMatchesAppendixA()
    }

    func testWeightedLeastConnectionsKeepsFractionalWeights() { suite.weightedLeastConnectionsKeepsFractionalWeights() }

    func testWeightedRoundRobinEqualWeights() { suite.weightedRoundRobinEqualWeights() }

    func testWeightedRoundRobinZeroTotalFallsBackToRoundRobin() throws {
        try suite.weightedRoundRobinZeroTotalFallsBackToRoundRobin()
    }

    func testUnhealthyEndpointIsSkipped() { suite.unhealthyEndpointIsSkipped() }

    func testZoneAffinityPrefersClientZone() { suite.zoneAffinityPrefersClientZone() }

    func testZoneFallbackRespected() { suite.zoneFallbackRespected() }

    func testConsistentHashIsDeterministic() throws { try suite.consistentHashIsDeterministic() }

    func testConsistentHashMatchesAppendixA() throws { try suite.consistentHashMatchesAppendixA() }

    func testCircuitBreakerDivertsTraffic() { suite.circuitBreakerDivertsTraffic() }

    func testStatsReflectState() throws { try suite.statsReflectState() }

    func testEmptyBalancerHasNoEndpoints() { suite.emptyBalancerHasNoEndpoints() }

    func testRequiredTagsFilter() { suite.requiredTagsFilter() }

    func testNanMetricsDoNotTrap() throws { try suite.nanMetricsDoNotTrap() }

    func testHalfOpenAdmitsSingleProbe() throws { try suite.halfOpenAdmitsSingleProbe() }

    func testProbeSlotNotLeakedOnMultiEndpointScan() throws { try suite.probeSlotNotLeakedOnMultiEndpointScan() }

    func testRandomStrategiesStayInRange() throws { try suite.randomStrategiesStayInRange() }

    func testAdaptiveSelects() throws { try suite.adaptiveSelects() }

    func testEndpointsReflectRegistrations() { suite.endpointsReflectRegistrations() }

    func testRemovalStopsSelection() { suite.removalStopsSelection() }
}
