/// Places work on mesh nodes by capability (spec §2), with audit items #151, #156/#164 and #157 fixed.
public final class Scheduler: Scheduling {
    public let index: CapabilityIndex
    public let localNodeID: UInt64
    let localCaps: CapabilitySet

    public init(index: CapabilityIndex, localNodeID: UInt64, localCaps: CapabilitySet) {
        self.index = index
        self.localNodeID = localNodeID
        self.localCaps = localCaps
    }

    public func canRunLocally(_ filter: CapabilityFilter) -> Bool {
        filter.matches(localCaps)
    }

    public func place(_ filter: CapabilityFilter) throws(SchedulerError) -> PlacementDecision {
        try placeWithLocality(filter, localDrained: false)
    }

    /// - Complexity: O(1) when the local node is preferred, else one index query (O(n)).
    public func placeWithLocality(_ filter: CapabilityFilter, localDrained: Bool) throws(SchedulerError)
        -> PlacementDecision
    {
        try placeKeepingCandidates(filter, localDrained: localDrained).decision
    }

    /// `placeWithLocality`, also handing back the candidate list when it queried the index (`nil` for
    /// `localPreferred`, which never queries), so `GroupCoordinator.placeWithSpread` can reuse it.
    package func placeKeepingCandidates(
        _ filter: CapabilityFilter, localDrained: Bool
    ) throws(SchedulerError) -> (decision: PlacementDecision, candidates: [UInt64]?) {
        if !localDrained && canRunLocally(filter) {
            return (PlacementDecision(nodeID: localNodeID, reason: .localPreferred), nil)
        }
        let local = localNodeID
        // #157: the drained path leaves the local node out during the index walk instead of
        // filtering the query result into a second list.
        let candidates = index.query(filter, alsoRequiringTag: nil, excluding: { localDrained && $0 == local })
        guard let first = candidates.first else { throw .noCandidate }
        let reason: PlacementReason = candidates.count == 1 ? .onlyCandidate : .firstMatch
        return (PlacementDecision(nodeID: first, reason: reason), candidates)
    }

    public func queryCandidates(_ filter: CapabilityFilter) -> [UInt64] {
        index.query(filter)
    }
}
