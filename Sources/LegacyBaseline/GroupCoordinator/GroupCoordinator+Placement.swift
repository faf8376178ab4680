import ComputeRuntime

extension GroupCoordinator {
    public static func placeWithSpread(
        scheduler: Scheduler, requirements: CapabilityFilter, exclude: Set<UInt64>
    ) throws(GroupError) -> PlacementDecision {
        let primary: PlacementDecision
        do {
            primary = try scheduler.place(requirements)
        } catch {
            throw GroupError(error)
        }
        if !exclude.contains(primary.nodeID) { return primary }
        // #157 legacy cost: a second full index query even when `place` just ran one; kept on purpose.
        let candidates = scheduler.queryCandidates(requirements)
        guard let node = candidates.first(where: { !exclude.contains($0) }) else {
            throw .allCandidatesExcluded
        }
        return PlacementDecision(nodeID: node, reason: .firstMatch)
    }
}
