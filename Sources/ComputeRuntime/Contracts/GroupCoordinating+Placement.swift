/// Member placement written once for both runtimes (spec §3.2): it only asks the scheduler, whose
/// `selectMemberNode` carries any difference between them.
extension GroupCoordinating {
    /// The best-scoring node for a member that is not in `exclude`, with reason `bestScore`.
    ///
    /// - Throws: `GroupError.noCandidateSatisfiedPlacement` when no node survives.
    /// - Complexity: that of `scheduler.selectMemberNode`.
    public static func placeMember(
        scheduler: GroupScheduler, artifact: Artifact, requirements: CapabilityFilter, exclude: Set<UInt64>,
        placement: some PlacementFilter, tieBreak: TieBreakContext
    ) throws(GroupError) -> PlacementDecision {
        guard
            let node = scheduler.selectMemberNode(
                artifact: artifact, requirements: requirements, exclude: exclude,
                placement: placement, tieBreak: tieBreak)
        else { throw .noCandidateSatisfiedPlacement }
        return PlacementDecision(nodeID: node, reason: .bestScore)
    }
}
