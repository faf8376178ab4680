/// The capability-only placement filter: a node scores 1.0 when it matches `filter`, else it is vetoed (spec §2.4).
///
/// Scoring runs one full index query per candidate, as upstream does; both runtimes share it.
public struct LegacyPlacement: PlacementFilter {
    public var filter: CapabilityFilter
    public var index: CapabilityIndex

    /// Scores nodes of `index` that match `filter`.
    public init(filter: CapabilityFilter, index: CapabilityIndex) {
        self.filter = filter
        self.index = index
    }

    /// Accepts every indexed node (the empty filter).
    public static func permissive(_ index: CapabilityIndex) -> LegacyPlacement {
        LegacyPlacement(filter: CapabilityFilter(), index: index)
    }

    /// `1.0` when `target` is among `index.query(filter)`, else `nil` (veto).
    /// - Complexity: one index query, O(n).
    public func placementScore(target: UInt64, artifact: Artifact) -> Float? {
        index.query(filter).contains(target) ? 1.0 : nil
    }
}
