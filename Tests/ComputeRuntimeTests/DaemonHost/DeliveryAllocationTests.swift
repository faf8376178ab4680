import ComputeRuntime
import PerfBenchKit
import RuntimeTestSupport
import XCTest

final class DeliveryAllocationTests: XCTestCase {
    private func events(origins: Int, rounds: Int) -> [CausalEvent] {
        (0..<rounds).flatMap { round in
            (0..<origins).map { origin in
                CausalEvent(
                    link: CausalLink(
                        originHash: 0xA000 + UInt64(origin), horizonEncoded: 0, sequence: UInt64(round + 1),
                        parentHash: 0),
                    payload: [1, 2, 3], receivedAt: 0)
            }
        }
    }

    func testNoOutputDeliver_with16ObservedOrigins_allocatesNothingAfterWarmUp() throws {
        let counter = try AllocationCounter.make()
        let host = ComputeRuntime.DaemonHost(
            daemon: SilentDaemon(), identity: DaemonIdentity(originHash: 1, entityID: NodeID(firstByte: 1)))
        let all = events(origins: 16, rounds: 52)
        // Warm-up: two rounds run both the insert and the raise paths once.
        for event in all.prefix(32) {
            _ = try host.deliver(event)
        }
        let measured = Array(all.dropFirst(32))

        // An index loop: in debug builds a `for event in measured` iterator allocates on its own.
        let before = counter.snapshot()
        var outputCount = 0
        var index = 0
        while index < measured.count {
            outputCount += try host.deliver(measured[index]).count
            index += 1
        }
        let used = counter.snapshot().delta(since: before)

        XCTAssertEqual(used.allocations, 0)
        XCTAssertEqual(outputCount, 0)
        XCTAssertEqual(host.stats.eventsProcessed, 16 * 52)
        XCTAssertEqual(host.horizon.entityCount, 16)
    }
}
