/// Migration placement written once for both runtimes (spec §2.2).
///
/// Only `findMigrationTargets` differs between the runtimes (#156/#164), so each scheduler implements
/// that and inherits the decisions built on it; the audit cost stays in the one call both share.
extension Scheduling {
    /// Migration placement v1: the local node when it is a target other than `sourceNode`, else the
    /// only or first target.
    ///
    /// - Throws: `SchedulerError.noCandidate` when no target remains.
    /// - Complexity: one `findMigrationTargets` call plus O(n) over its result.
    public func placeMigration(_ daemonFilter: CapabilityFilter, sourceNode: UInt64) throws(SchedulerError)
        -> PlacementDecision
    {
        let candidates = findMigrationTargets(daemonFilter, sourceNode: sourceNode)
        guard let first = candidates.first else { throw .noCandidate }
        if localNodeID != sourceNode && candidates.contains(localNodeID) {
            return PlacementDecision(nodeID: localNodeID, reason: .localPreferred)
        }
        return PlacementDecision(nodeID: first, reason: candidates.count == 1 ? .onlyCandidate : .firstMatch)
    }

    /// The local node when it is a target other than `sourceNode` that `placement` scores, else the
    /// best-scoring target.
    ///
    /// - Returns: the chosen node, or `nil` when there is no target or every target is vetoed.
    /// - Complexity: one `findMigrationTargets` call plus one `pickBestCandidate` over its result.
    public func selectMigrationTarget(
        artifact: Artifact, daemonFilter: CapabilityFilter, sourceNode: UInt64,
        placement: some PlacementFilter, tieBreak: TieBreakContext
    ) -> UInt64? {
        let candidates = findMigrationTargets(daemonFilter, sourceNode: sourceNode)
        if candidates.isEmpty { return nil }
        if localNodeID != sourceNode && candidates.contains(localNodeID)
            && placement.placementScore(target: localNodeID, artifact: artifact) != nil
        {
            return localNodeID
        }
        return pickBestCandidate(candidates, artifact: artifact, placement: placement, tieBreak: tieBreak)
    }

    /// Migration placement v2: `selectMigrationTarget` for an anonymous daemon with the permissive
    /// placement, no RTT data and the compute axis.
    ///
    /// - Throws: `SchedulerError.noCandidate` when no target is selected.
    /// - Complexity: that of `selectMigrationTarget`.
    public func placeMigrationV2(_ daemonFilter: CapabilityFilter, sourceNode: UInt64) throws(SchedulerError)
        -> PlacementDecision
    {
        let tieBreak = TieBreakContext(rttLookup: nil, index: index, resourceAxis: .compute)
        guard
            let node = selectMigrationTarget(
                artifact: .anonymousDaemon, daemonFilter: daemonFilter, sourceNode: sourceNode,
                placement: LegacyPlacement.permissive(index), tieBreak: tieBreak)
        else { throw .noCandidate }
        let reason: PlacementReason = node == localNodeID && localNodeID != sourceNode ? .localPreferred : .bestScore
        return PlacementDecision(nodeID: node, reason: reason)
    }
}
