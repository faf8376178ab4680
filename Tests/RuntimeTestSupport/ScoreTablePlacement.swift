import ComputeRuntime

/// A placement filter that reads each node's score from a table; absent nodes are vetoed.
///
/// Scoring is one dictionary probe and allocates nothing, so it isolates the scheduler's own cost.
public struct ScoreTablePlacement: PlacementFilter, Sendable {
    public var scores: [UInt64: Float]

    /// Scores from `scores`; any node not in it is vetoed.
    public init(_ scores: [UInt64: Float]) {
        self.scores = scores
    }

    public func placementScore(target: UInt64, artifact: Artifact) -> Float? {
        scores[target]
    }
}
