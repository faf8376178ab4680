import ComputeRuntime
import PerfBenchKit

/// Counts heap allocations of `select` + `recordCompletion` events on the calling thread.
///
/// All load-balancer pins share `sharedCounter`, made once and never released: every jemalloc hook
/// install/remove walks jemalloc's per-thread state list, and after such cycles threads created
/// later in the same test process crashed in their first `malloc` (jemalloc 5.3; reported to the
/// lead). One install per process keeps that window as small as these tests can make it.
public enum SelectionAllocations {
    /// The process-wide counter for the load-balancer allocation pins.
    package static func sharedCounter() throws -> AllocationCounter {
        try shared.get()
    }

    private static let shared: Result<AllocationCounter, AllocationCounterError> = Result {
        () throws(AllocationCounterError) in try AllocationCounter.make()
    }

    /// Allocations over `events` select+complete events after `warmUp` uncounted ones.
    ///
    /// Checks first that `counter` sees a known allocation, so a zero can never come from a dead counter.
    package static func count(
        _ balancer: some LoadBalancing, _ context: RequestContext, counter: AllocationCounter, events: Int = 200,
        warmUp: Int = 50
    ) throws -> UInt64 {
        let probeStart = counter.snapshot()
        let probe = UnsafeMutableRawPointer.allocate(byteCount: 64, alignment: 16)
        probe.deallocate()
        guard counter.snapshot().delta(since: probeStart).allocations == 1 else {
            throw SelectionAllocationsError.counterNotCounting
        }
        for _ in 0..<warmUp { try selectAndComplete(balancer, context) }
        let before = counter.snapshot()
        for _ in 0..<events { try selectAndComplete(balancer, context) }
        return counter.snapshot().delta(since: before).allocations
    }

    private static func selectAndComplete(_ balancer: some LoadBalancing, _ context: RequestContext) throws {
        let selection = try balancer.select(context)
        balancer.recordCompletion(selection.nodeID, success: true)
    }

    /// The contexts the allocation pins sweep: none, a session key, a client zone, a required tag.
    public static let contexts: [(label: String, context: RequestContext)] = [
        ("empty", RequestContext()),
        ("session", RequestContext().withSession("user-12345")),
        ("zone", RequestContext().withZone("us-east")),
        ("tag", RequestContext().requireTag("t")),
    ]

    /// The bench shape (weights 100…, zones us-east/us-west) with every endpoint tagged "t".
    public static func populate(_ balancer: some LoadBalancing, count: Int) {
        for i in 0..<count {
            balancer.addEndpoint(
                Endpoint(NodeID(words: (UInt64(i), 0, 0, 0))).withWeight(UInt32(100 + 10 * (i % 10)))
                    .withZone(i % 2 == 0 ? "us-east" : "us-west").withTag("t"))
        }
    }
}

/// Why an allocation count could not be taken.
public enum SelectionAllocationsError: Error, CustomStringConvertible {
    case counterNotCounting

    public var description: String { "the allocation counter did not see a known 64-byte allocation" }
}
