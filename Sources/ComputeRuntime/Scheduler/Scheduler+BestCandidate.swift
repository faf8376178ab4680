extension Scheduler {
    /// - Complexity: O(n) scores and at most n tie-breaks; allocates nothing beyond what `placement` does.
    ///
    /// `@inlinable` (in both runtimes) so a caller's placement filter is specialized into the loop:
    /// across the module boundary an unspecialized call scored each candidate through the witness
    /// table and copied the artifact per candidate, a cost the original (monomorphized Rust) never
    /// pays: 44.7 → 20.0 instructions a candidate over 1 000 candidates (callgrind, perfbench
    /// `sched.pickBest.hashedScores.n1000`).
    @inlinable
    public func pickBestCandidate(
        _ candidates: [UInt64], artifact: Artifact, placement: some PlacementFilter, tieBreak: TieBreakContext
    ) -> UInt64? {
        // #151: one pass keeping the maximum instead of collecting and sorting every scored pair.
        // The max comparator swaps the tie-break arguments (a max keeps the greater element where
        // the sort put the lesser first), and the best is replaced only when strictly better, so
        // the winner is the one the legacy sort put first.
        var bestNode: UInt64 = 0
        var bestScore: Float = 0
        var hasBest = false
        // Indexed rather than `for node in candidates`: an unoptimized (debug) build allocates per
        // element of a for-in over an array, and the allocation tests run unoptimized.
        for position in candidates.indices {
            let node = candidates[position]
            guard let score = placement.placementScore(target: node, artifact: artifact), score.isFinite else {
                continue
            }
            if !hasBest || score > bestScore
                || (score == bestScore && tieBreakCompare(bestNode, node, tieBreak) == .greater)
            {
                bestNode = node
                bestScore = score
                hasBest = true
            }
        }
        return hasBest ? bestNode : nil
    }

    public func selectMemberNode(
        artifact: Artifact, requirements: CapabilityFilter, exclude: Set<UInt64>,
        placement: some PlacementFilter, tieBreak: TieBreakContext
    ) -> UInt64? {
        // #157: excluded nodes are skipped during the index walk, not filtered into a second list.
        let candidates = index.query(requirements, alsoRequiringTag: nil, excluding: { exclude.contains($0) })
        return pickBestCandidate(candidates, artifact: artifact, placement: placement, tieBreak: tieBreak)
    }

    public func selectPromotionTarget(
        candidates: [UInt64], artifact: Artifact, placement: some PlacementFilter, tieBreak: TieBreakContext
    ) -> UInt64? {
        pickBestCandidate(candidates, artifact: artifact, placement: placement, tieBreak: tieBreak)
    }
}
