extension Scheduler {
    /// - Complexity: one index query, O(n); allocates only the result.
    public func findMigrationTargets(_ daemonFilter: CapabilityFilter, sourceNode: UInt64) -> [UInt64] {
        // #156/#164: the migration tag is checked next to the daemon filter during the walk, so no
        // combined filter is copied and no tag string is allocated; the source is skipped in the
        // same walk.
        index.query(daemonFilter, alsoRequiringTag: SubprotocolTag.migration, excluding: { $0 == sourceNode })
    }

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
