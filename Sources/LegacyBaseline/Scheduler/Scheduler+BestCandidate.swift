import ComputeRuntime

extension Scheduler {
    /// `@inlinable` as in the fixed runtime: a caller's placement filter is specialized into the
    /// loop, as monomorphized Rust is; the sort below is the cost this runtime keeps.
    @inlinable
    public func pickBestCandidate(
        _ candidates: [UInt64], artifact: Artifact, placement: some PlacementFilter, tieBreak: TieBreakContext
    ) -> UInt64? {
        // #151 legacy cost: every finite-scored pair is collected and the whole list is
        // stable-sorted (O(n log n)) to take its first element; kept on purpose.
        var scored: [(node: UInt64, score: Float)] = []
        for position in candidates.indices {
            let node = candidates[position]
            if let score = placement.placementScore(target: node, artifact: artifact), score.isFinite {
                scored.append((node, score))
            }
        }
        scored.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            return tieBreakCompare(a.node, b.node, tieBreak) == .less
        }
        return scored.first?.node
    }

    public func selectMemberNode(
        artifact: Artifact, requirements: CapabilityFilter, exclude: Set<UInt64>,
        placement: some PlacementFilter, tieBreak: TieBreakContext
    ) -> UInt64? {
        let candidates = index.query(requirements).filter { !exclude.contains($0) }
        return pickBestCandidate(candidates, artifact: artifact, placement: placement, tieBreak: tieBreak)
    }

    public func selectPromotionTarget(
        candidates: [UInt64], artifact: Artifact, placement: some PlacementFilter, tieBreak: TieBreakContext
    ) -> UInt64? {
        pickBestCandidate(candidates, artifact: artifact, placement: placement, tieBreak: tieBreak)
    }
}
