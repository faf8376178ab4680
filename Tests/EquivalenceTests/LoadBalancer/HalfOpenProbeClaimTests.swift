import ComputeRuntime
import LegacyBaseline
import XCTest

/// The probe guard of spec §1.4 (upstream's cr19 tests), on both balancers.
final class HalfOpenProbeClaimTests: XCTestCase {
    private struct ProbeFailure: Error {}

    private let id = NodeID(firstByte: 1)

    private func makeBalancer<Balancer: LoadBalancing>(_ type: Balancer.Type) -> Balancer {
        let balancer = Balancer.withStrategy(.roundRobin)
        balancer.addEndpoint(Endpoint(id))
        return balancer
    }

    private func assertDroppedClaimReleasesTheSlot<Balancer: LoadBalancing>(_ type: Balancer.Type) {
        let balancer = makeBalancer(type)

        do {
            let claim = balancer.tryClaimHalfOpenProbe(id)
            XCTAssertNotNil(claim, "\(String(reflecting: type))")
            // Swift may release a reference after its last use: keep the claim alive for the check.
            withExtendedLifetime(claim) {
                XCTAssertTrue(balancer.isHalfOpenProbeInFlight(id), "\(String(reflecting: type))")
            }
        }

        XCTAssertFalse(balancer.isHalfOpenProbeInFlight(id), "\(String(reflecting: type))")
        XCTAssertNotNil(balancer.tryClaimHalfOpenProbe(id), "\(String(reflecting: type)): the slot is free again")
    }

    private func assertCommitKeepsTheSlotUntilACompletion<Balancer: LoadBalancing>(_ type: Balancer.Type) {
        let balancer = makeBalancer(type)

        do {
            let claim = balancer.tryClaimHalfOpenProbe(id)
            claim?.commit()
        }

        XCTAssertTrue(balancer.isHalfOpenProbeInFlight(id), "\(String(reflecting: type))")
        XCTAssertNil(balancer.tryClaimHalfOpenProbe(id), "\(String(reflecting: type)): a second claim is refused")
        balancer.recordCompletion(id, success: true)
        XCTAssertFalse(
            balancer.isHalfOpenProbeInFlight(id), "\(String(reflecting: type)): the completion decided the probe")
    }

    private func assertFailureBetweenClaimAndCommitReleases<Balancer: LoadBalancing>(_ type: Balancer.Type) {
        let balancer = makeBalancer(type)

        // The claim is dropped by the throw, never committed.
        func probe() throws {
            let claim = balancer.tryClaimHalfOpenProbe(id)
            try withExtendedLifetime(claim) {
                XCTAssertTrue(balancer.isHalfOpenProbeInFlight(id), "\(String(reflecting: type))")
                throw ProbeFailure()
            }
        }
        XCTAssertThrowsError(try probe())

        XCTAssertFalse(balancer.isHalfOpenProbeInFlight(id), "\(String(reflecting: type))")
    }

    private func assertUnknownEndpointHasNoSlot<Balancer: LoadBalancing>(_ type: Balancer.Type) {
        let balancer = makeBalancer(type)
        let unknown = NodeID(firstByte: 9)

        XCTAssertNil(balancer.tryClaimHalfOpenProbe(unknown), "\(String(reflecting: type))")
        balancer.releaseHalfOpenProbe(unknown)
        XCTAssertFalse(balancer.isHalfOpenProbeInFlight(unknown), "\(String(reflecting: type))")
    }

    private func assertReleaseClearsACommittedClaim<Balancer: LoadBalancing>(_ type: Balancer.Type) {
        let balancer = makeBalancer(type)
        balancer.tryClaimHalfOpenProbe(id)?.commit()

        balancer.releaseHalfOpenProbe(id)

        XCTAssertFalse(balancer.isHalfOpenProbeInFlight(id), "\(String(reflecting: type))")
    }

    func testDroppedClaimReleasesTheSlot() {
        assertDroppedClaimReleasesTheSlot(ComputeRuntime.LoadBalancer.self)
        assertDroppedClaimReleasesTheSlot(LegacyBaseline.LoadBalancer.self)
    }

    func testCommitKeepsTheSlotAndBlocksASecondClaim() {
        assertCommitKeepsTheSlotUntilACompletion(ComputeRuntime.LoadBalancer.self)
        assertCommitKeepsTheSlotUntilACompletion(LegacyBaseline.LoadBalancer.self)
    }

    func testFailureBetweenClaimAndCommitReleasesTheSlot() {
        assertFailureBetweenClaimAndCommitReleases(ComputeRuntime.LoadBalancer.self)
        assertFailureBetweenClaimAndCommitReleases(LegacyBaseline.LoadBalancer.self)
    }

    func testUnknownEndpointHasNoSlot() {
        assertUnknownEndpointHasNoSlot(ComputeRuntime.LoadBalancer.self)
        assertUnknownEndpointHasNoSlot(LegacyBaseline.LoadBalancer.self)
    }

    func testReleaseClearsACommittedClaim() {
        assertReleaseClearsACommittedClaim(ComputeRuntime.LoadBalancer.self)
        assertReleaseClearsACommittedClaim(LegacyBaseline.LoadBalancer.self)
    }
}
