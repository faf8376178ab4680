/// How a group chooses a node for a member: the closure both placement flavours reduce to.
///
/// `exclude` holds the nodes the member must avoid; `entityID` is the member's identity (the
/// scored flavour places the member's own daemon artifact).
typealias MemberPlacer = (_ exclude: Set<UInt64>, _ entityID: NodeID) throws(GroupError) -> PlacementDecision

/// The two placement flavours groups offer (spec §3.2–§3.3).
enum MemberPlacement<Coordinator: GroupCoordinating> {
    /// `placeWithSpread`: the scheduler's choice unless excluded, else the first other candidate.
    static func spread(_ scheduler: Coordinator.GroupScheduler, requirements: CapabilityFilter) -> MemberPlacer {
        { (exclude, _) throws(GroupError) in
            try Coordinator.placeWithSpread(scheduler: scheduler, requirements: requirements, exclude: exclude)
        }
    }

    /// `placeMember`: the best-scoring non-excluded node for `Artifact.daemon(entityID, required, optional)`.
    static func scored(
        _ scheduler: Coordinator.GroupScheduler, requirements: CapabilityFilter, required: CapabilitySet,
        optional: CapabilitySet, placement: some PlacementFilter, tieBreak: TieBreakContext
    ) -> MemberPlacer {
        { (exclude, entityID) throws(GroupError) in
            try Coordinator.placeMember(
                scheduler: scheduler, artifact: .daemon(daemonID: entityID, required: required, optional: optional),
                requirements: requirements, exclude: exclude, placement: placement, tieBreak: tieBreak)
        }
    }
}
