import ComputeRuntime
import PerfBenchKit

/// Counts heap allocations of `select` + `recordCompletion` events on the calling thread.
public enum SelectionAllocations {
    /// Allocations over `events` select+complete events after `warmUp` uncounted ones.
    public static func count(
        _ balancer: some LoadBalancing, _ context: RequestContext, events: Int = 200, warmUp: Int = 50
    ) throws -> UInt64 {
        let counter = try AllocationCounter.make()
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
