import ComputeRuntime
import LegacyBaseline
import PerfBenchKit
import XCTest

/// Emits the same three stored payloads for every event, so `process` itself never allocates.
private final class FixedOutputDaemon: MeshDaemon {
    let outputs: [[UInt8]] = [[1], Array(repeating: 2, count: 64), Array(repeating: 3, count: 1024)]
    var name: String { "fixed-output" }
    func process(_ event: CausalEvent) throws(DaemonError) -> [[UInt8]] { outputs }
}

final class LegacyDeliveryAllocationTests: XCTestCase {
    private func allocationsOver100Deliveries(_ host: some DaemonHosting, counter: AllocationCounter) throws -> UInt64 {
        let inbound = CausalEvent(link: .genesis(originHash: 7, horizonEncoded: 0), payload: [], receivedAt: 0)
        _ = try host.deliver(inbound)
        let before = counter.snapshot()
        var emitted = 0
        for _ in 0..<100 {
            emitted += try host.deliver(inbound).count
        }
        let used = counter.snapshot().delta(since: before)
        XCTAssertEqual(emitted, 300)
        return used.allocations
    }

    func testDeliver_allocatesOneConcatenationBufferPerOutputMoreThanTheFixedHost() throws {
        let counter = try AllocationCounter.make()
        let identity = DaemonIdentity(originHash: 1, entityID: NodeID(firstByte: 1))
        let fixed = ComputeRuntime.DaemonHost(daemon: FixedOutputDaemon(), identity: identity)
        let legacy = LegacyBaseline.DaemonHost(daemon: FixedOutputDaemon(), identity: identity)

        let fixedAllocations = try allocationsOver100Deliveries(fixed, counter: counter)
        let legacyAllocations = try allocationsOver100Deliveries(legacy, counter: counter)

        XCTAssertEqual(legacyAllocations, fixedAllocations + 300)
    }
}
