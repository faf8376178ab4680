extension GroupCoordinator {
    /// - Complexity: at most one index query.
    public static func placeWithSpread(
        scheduler: Scheduler, requirements: CapabilityFilter, exclude: Set<UInt64>
    ) throws(GroupError) -> PlacementDecision {
        let primary: (decision: PlacementDecision, candidates: [UInt64]?)
        do {
            primary = try scheduler.placeKeepingCandidates(requirements, localDrained: false)
        } catch {
            throw GroupError(error)
        }
        if !exclude.contains(primary.decision.nodeID) { return primary.decision }
        // #157: reuse the primary placement's candidate list; only a `localPreferred` decision, which
        // never queried, needs the query here.
        let candidates = primary.candidates ?? scheduler.queryCandidates(requirements)
        guard let node = candidates.first(where: { !exclude.contains($0) }) else {
            throw .allCandidatesExcluded
        }
        // #166: the reason stays `firstMatch`, as upstream reports it.
        return PlacementDecision(nodeID: node, reason: .firstMatch)
    }
}
