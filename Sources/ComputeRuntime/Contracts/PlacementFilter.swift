/// Scores a candidate node for an artifact; the scheduler picks the highest finite score (spec §2.4).
public protocol PlacementFilter {
    /// The score of placing `artifact` on `target`, or `nil` to veto the node.
    ///
    /// NaN and infinite scores are dropped by the scheduler.
    func placementScore(target: UInt64, artifact: Artifact) -> Float?
}
