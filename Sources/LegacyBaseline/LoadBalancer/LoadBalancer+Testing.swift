import ComputeRuntime

/// Test hooks: package-visible views of the legacy balancer's internals for its white-box tests,
/// kept apart from the balancer itself. They replace `@testable import`, which release builds
/// (built without testability) cannot satisfy. Nothing here is on a measured path.
extension LoadBalancer {
    /// The endpoints one insertion-order walk of the sharded table visits, and the table's count.
    package func tableWalkForTesting() -> (walked: Int, count: Int) {
        var walked = 0
        table.forEachInInsertionOrder { _ in walked += 1 }
        return (walked, table.count)
    }
}

/// A test's handle on a standalone legacy endpoint table (#148, #168).
package struct EndpointTableForTesting {
    private let table: EndpointTable

    /// A table with upstream's default shard count (four per CPU).
    package init() {
        table = EndpointTable()
    }

    package init(shardCount: Int) {
        table = EndpointTable(shardCount: shardCount)
    }

    package var shardCount: Int { table.shardCount }
    package var count: Int { table.count }

    /// Inserts `endpoint`'s state, or replaces the state with the same id in place.
    package func insert(_ endpoint: Endpoint) {
        table.insert(EndpointState(endpoint, clock: .system))
    }

    package func remove(_ id: NodeID) {
        _ = table.remove(id)
    }

    /// The node ids in the order `forEachInInsertionOrder` walks them.
    package func walkedNodeIDs() -> [NodeID] {
        var walked: [NodeID] = []
        table.forEachInInsertionOrder { walked.append($0.nodeID) }
        return walked
    }

    /// The node ids one walk visits, reporting its shard locks and entry steps to `observer`.
    package func walkedNodeIDs<Observer: WalkObserving>(observing observer: inout Observer) -> [NodeID] {
        var walked: [NodeID] = []
        table.walk(observing: &observer) { walked.append($0.nodeID) }
        return walked
    }

    package func weight(of id: NodeID) -> UInt32? {
        table.lookup(id)?.weight
    }
}
