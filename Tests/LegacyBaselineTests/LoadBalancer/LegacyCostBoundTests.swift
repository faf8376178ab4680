import ComputeRuntime
import LegacyBaseline
import PerfBenchKit
import RuntimeTestSupport
import XCTest

/// The legacy balancer must cost what the original costs: not less (the audit's costs are kept) and
/// not more (an over-costed baseline inflates every speedup). Bounded from both sides by exact,
/// deterministic counts: the shard locks and entry steps of a walk, and the allocations of a select.
final class LegacyCostBoundTests: XCTestCase {
    /// Counts what a walk does.
    private struct WalkTally: WalkObserving {
        var sharedLocks = 0
        var entrySteps = 0

        mutating func tookSharedLock() { sharedLocks += 1 }
        mutating func visitedEntry() { entrySteps += 1 }
    }

    /// #148/#168 legacy cost: a walk is O(shards + entries), like upstream's sharded-map iteration:
    /// one read lock per shard and one step per entry, in registration order, whatever the churn.
    func testWalkTakesOneLockPerShardAndOneStepPerEntry() {
        for count in [0, 1, 10, 100, 1000] {
            let table = EndpointTableForTesting(shardCount: 8)
            for i in 0..<count + count / 4 { table.insert(Endpoint(FilteredPathFixtures.id(i))) }
            // Churn: remove a fifth (from anywhere in the order), re-add one in place.
            for i in stride(from: 0, to: count + count / 4, by: 5) { table.remove(FilteredPathFixtures.id(i)) }
            if count > 1 {
                table.insert(Endpoint(FilteredPathFixtures.id(1)).withWeight(7))
            }
            let expected = (0..<count + count / 4).filter { $0 % 5 != 0 }.map(FilteredPathFixtures.id)
            var tally = WalkTally()

            let walked = table.walkedNodeIDs(observing: &tally)

            XCTAssertEqual(walked, expected, "\(count): registration order")
            XCTAssertEqual(tally.sharedLocks, 8, "\(count): one read lock per shard")
            XCTAssertEqual(tally.entrySteps, expected.count, "\(count): one step per entry")
        }
    }

    /// #148 legacy cost: exactly the allocations of upstream's select: the `available` list grown
    /// one append at a time (Swift arrays, like Rust's `Vec`, double their capacity), nothing else.
    /// A select over 10 survivors allocates 4 times, over 100 7 times, over 1 000 10 times: each
    /// tenfold adds the same three growths. (A debug build adds a constant of its own per select,
    /// closure contexts the optimizer removes, so there only the differences are exact.)
    func testRoundRobinSelectAllocatesExactlyTheGrowingCandidateList() throws {
        let growths = [10: 4, 100: 7, 1000: 10]
        let balancers = growths.keys.sorted().map { count in
            let balancer = LegacyBaseline.LoadBalancer.withStrategy(.roundRobin)
            for i in 0..<count { balancer.addEndpoint(Endpoint(FilteredPathFixtures.id(i))) }
            return (count, balancer)
        }
        let counter = try SelectionAllocations.sharedCounter()
        let events = 100
        var perEvent: [Int: Int] = [:]
        for (count, balancer) in balancers {
            let allocations = try SelectionAllocations.count(
                balancer, RequestContext(), counter: counter, events: events)
            XCTAssertEqual(allocations % UInt64(events), 0, "\(count) endpoints: the same allocations every select")
            perEvent[count] = Int(allocations) / events
        }

        XCTAssertEqual(perEvent[100]! - perEvent[10]!, growths[100]! - growths[10]!)
        XCTAssertEqual(perEvent[1000]! - perEvent[10]!, growths[1000]! - growths[10]!)
        #if !DEBUG
        XCTAssertEqual(perEvent, growths)
        #endif
    }
}
