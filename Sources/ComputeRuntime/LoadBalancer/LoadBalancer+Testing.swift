/// Test hooks: package-visible views of the balancer's internals for its white-box tests, kept
/// apart from the balancer itself. They replace `@testable import`, which release builds (built
/// without testability) cannot satisfy. Nothing here is on a measured path.
extension LoadBalancer {
    /// The current snapshot's endpoint states, in snapshot order; each view keeps its state alive.
    package func snapshotStatesForTesting() -> [EndpointStateView] {
        snapshotStates().map(EndpointStateView.init)
    }

    /// The membership list's node ids and the size of its position index, read under its lock.
    package func membershipForTesting() -> (nodes: [NodeID], positions: Int) {
        membership.withLock { ($0.states.map(\.nodeID), $0.positions.count) }
    }

    /// #160: the maintained Σ effective weight (kept in quarter units), as a number.
    package var maintainedWeightTotalForTesting: Double {
        Double(totalWeightQuarters.load(ordering: .relaxed)) / 4
    }

    /// #161: the first `count` draws of a per-balancer generator seeded with `seed`.
    package static func seededDrawsForTesting(seed: UInt64, count: Int) -> [UInt64] {
        let numbers = RandomNumbers(.seeded(seed))
        return (0..<count).map { _ in numbers.next() }
    }
}

/// A test's handle on one endpoint state of the fixed balancer.
package struct EndpointStateView {
    let state: EndpointState

    package var nodeID: NodeID { state.nodeID }
    package var weight: UInt32 { state.weight }
    /// #148: set once the state left the table (removed, or replaced by a re-add).
    package var isRemoved: Bool { state.removed.load(ordering: .relaxed) }
    package func isAvailable() -> Bool { state.isAvailable() }
    /// #149: the score computed on the published metrics box.
    package func loadScore() -> Double { state.loadScore() }
    /// The address of the published metrics box: two reads without a write see the same box.
    package var metricsBox: UnsafePointer<LoadMetrics> { state.metrics }

    /// Whether both views hold the very same state object.
    package func isSameState(as other: EndpointStateView) -> Bool { state === other.state }
}
