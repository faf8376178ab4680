import ComputeRuntime

/// Places work on mesh nodes by capability (spec §2), as before the audit: same answers, same costs.
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

    public func placeWithLocality(_ filter: CapabilityFilter, localDrained: Bool) throws(SchedulerError)
        -> PlacementDecision
    {
        if !localDrained && canRunLocally(filter) {
            return PlacementDecision(nodeID: localNodeID, reason: .localPreferred)
        }
        var candidates = index.query(filter)
        if localDrained {
            // #157 legacy cost: a second list built from the query result just to drop the local
            // node; kept on purpose.
            candidates = candidates.filter { $0 != localNodeID }
        }
        guard let first = candidates.first else { throw .noCandidate }
        return PlacementDecision(nodeID: first, reason: candidates.count == 1 ? .onlyCandidate : .firstMatch)
    }

    public func queryCandidates(_ filter: CapabilityFilter) -> [UInt64] {
        index.query(filter)
    }
}
