/// The scheduler surface both runtimes implement (spec §2.2), so parity tests and workloads can be generic.
///
/// Measured loops reach it through generics (`some Scheduling`), never `any`.
public protocol Scheduling: AnyObject, Sendable {
    /// A scheduler over `index` for the local node `localNodeID` with capabilities `localCaps`.
    init(index: CapabilityIndex, localNodeID: UInt64, localCaps: CapabilitySet)

    /// The index this scheduler queries.
    var index: CapabilityIndex { get }
    /// The local node's scheduler id.
    var localNodeID: UInt64 { get }

    /// Whether the local capabilities (the scheduler's own copy, not the index's) satisfy `filter`.
    func canRunLocally(_ filter: CapabilityFilter) -> Bool
    /// `placeWithLocality(filter, localDrained: false)`.
    func place(_ filter: CapabilityFilter) throws(SchedulerError) -> PlacementDecision
    /// Local node first unless drained, else the first indexed match.
    ///
    /// - Throws: `SchedulerError.noCandidate` when no (other) node matches.
    func placeWithLocality(_ filter: CapabilityFilter, localDrained: Bool) throws(SchedulerError) -> PlacementDecision
    /// `index.query(filter)`, ascending.
    func queryCandidates(_ filter: CapabilityFilter) -> [UInt64]
    /// `(nodeID, .pinned)`.
    func pin(_ nodeID: UInt64) -> PlacementDecision
    /// Nodes tagged `subprotocol:0x` + four lowercase hex digits of `id`.
    func findSubprotocolNodes(_ id: UInt16) -> [UInt64]
    /// Nodes matching `daemonFilter` and tagged `subprotocol:0x0500`, without `sourceNode`, ascending.
    func findMigrationTargets(_ daemonFilter: CapabilityFilter, sourceNode: UInt64) -> [UInt64]
    /// Migration placement v1: local preferred, else only or first candidate.
    func placeMigration(_ daemonFilter: CapabilityFilter, sourceNode: UInt64) throws(SchedulerError)
        -> PlacementDecision
    /// The local node if it is a scored target, else the best-scoring target; `nil` when none.
    func selectMigrationTarget(
        artifact: Artifact, daemonFilter: CapabilityFilter, sourceNode: UInt64,
        placement: some PlacementFilter, tieBreak: TieBreakContext
    ) -> UInt64?
    /// Migration placement v2 with the permissive placement and no RTT data.
    func placeMigrationV2(_ daemonFilter: CapabilityFilter, sourceNode: UInt64) throws(SchedulerError)
        -> PlacementDecision
    /// The best-scoring node matching `requirements` that is not in `exclude`.
    func selectMemberNode(
        artifact: Artifact, requirements: CapabilityFilter, exclude: Set<UInt64>,
        placement: some PlacementFilter, tieBreak: TieBreakContext
    ) -> UInt64?
    /// The best-scoring node among `candidates`.
    func selectPromotionTarget(
        candidates: [UInt64], artifact: Artifact, placement: some PlacementFilter, tieBreak: TieBreakContext
    ) -> UInt64?
    /// The highest finite score, ties resolved by `tieBreakCompare`; `nil` when every node is vetoed or non-finite.
    func pickBestCandidate(
        _ candidates: [UInt64], artifact: Artifact, placement: some PlacementFilter, tieBreak: TieBreakContext
    ) -> UInt64?
}

/// The placement answers that need nothing but the shared surface, written once for both runtimes.
extension Scheduling {
    /// `(nodeID, .pinned)`; the scheduler is not consulted.
    ///
    /// - Complexity: O(1).
    public func pin(_ nodeID: UInt64) -> PlacementDecision {
        PlacementDecision(nodeID: nodeID, reason: .pinned)
    }

    /// Nodes tagged `subprotocol:0x` + four lowercase hex digits of `id`, ascending.
    ///
    /// - Complexity: one index query, O(n).
    public func findSubprotocolNodes(_ id: UInt16) -> [UInt64] {
        index.query(CapabilityFilter().requireTag(SubprotocolTag.tag(for: id)))
    }
}
