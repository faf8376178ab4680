import ComputeRuntime
import PerfBenchKit
import RuntimeTestSupport
import XCTest

/// The fixed scheduler and coordinator hot paths allocate nothing per call after warm-up (#151, #152).
final class HotPathAllocationTests: XCTestCase {
    private static let calls = 200

    private func allocations(_ body: () -> Void) throws -> UInt64 {
        let counter = try AllocationCounter.make()
        body()
        let start = counter.snapshot()
        for _ in 0..<Self.calls { body() }
        return counter.snapshot().delta(since: start).allocations
    }

    func testPickBestCandidateOf1000AllocatesNothing() throws {
        let scheduler = Scheduler(index: CapabilityIndex(), localNodeID: 0, localCaps: .empty)
        let candidates = (1...1000).map { UInt64($0) }
        let placement = ScoreTablePlacement(Dictionary(uniqueKeysWithValues: candidates.map { ($0, Float($0 % 7)) }))
        let tieBreak = TieBreakContext(index: scheduler.index)
        var winner: UInt64? = nil

        let count = try allocations {
            winner = scheduler.pickBestCandidate(
                candidates, artifact: .anonymousDaemon, placement: placement, tieBreak: tieBreak)
        }

        XCTAssertEqual(winner, 6)
        XCTAssertEqual(count, 0)
    }

    func testOriginHashLookupIn100MemberGroupAllocatesNothing() throws {
        let group = GroupCoordinator(strategy: .roundRobin)
        for index in 0..<100 {
            group.addMember(
                MemberInfo(
                    index: UInt8(index), originHash: 0xA000 + UInt64(index), nodeID: 1,
                    entityID: NodeID(words: (UInt64(index), 7, 7, 7)), isHealthy: true))
        }
        let probe = NodeID(words: (99, 7, 7, 7))
        var origin: UInt64? = nil

        let count = try allocations { origin = group.originHash(forEntityID: probe) }

        XCTAssertEqual(origin, 0xA063)
        XCTAssertEqual(count, 0)
    }

    func testRouteEventAllocatesNothing() throws {
        let group = GroupCoordinator(strategy: .roundRobin)
        for index in 0..<100 {
            group.addMember(
                MemberInfo(
                    index: UInt8(index), originHash: 0xA000 + UInt64(index), nodeID: 1,
                    entityID: NodeID(words: (UInt64(index), 7, 7, 7)), isHealthy: true))
        }
        let context = RequestContext()
        var routed: UInt64 = 0

        let count = try allocations { routed &+= (try? group.routeEvent(context)) ?? 0 }

        XCTAssertNotEqual(routed, 0)
        XCTAssertEqual(count, 0)
    }
}
