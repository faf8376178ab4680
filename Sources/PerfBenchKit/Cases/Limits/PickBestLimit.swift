import ComputeRuntime

/// Pick best's floor: one pass over the candidates, scoring each once and keeping the maximum; an
/// equal score goes to the lower node id (the tie-break without an RTT lookup, which the case has).
/// Non-finite scores are skipped, as the runtime skips them.
final class PickBestLimit: EventWorkload {
    private let candidates: UnsafeMutableBufferPointer<UInt64>

    init(candidates: [UInt64]) {
        self.candidates = .allocate(capacity: candidates.count)
        _ = self.candidates.initialize(fromContentsOf: candidates)
    }

    /// The kernel over a pick-best case's candidates, nodes 1 through `candidates`.
    static func instance(candidates: Int) -> any CaseInstance {
        EventDriver(PickBestLimit(candidates: Array(1...UInt64(candidates))), events: [Artifact.anonymousDaemon])
    }

    deinit {
        candidates.deallocate()
    }

    func perform(_ artifact: Artifact) -> UInt64 {
        let placement = HashedScorePlacement()
        var bestNode: UInt64 = 0
        var bestScore: Float = 0
        var hasBest = false
        for position in 0..<candidates.count {
            let node = candidates[position]
            guard let score = placement.placementScore(target: node, artifact: artifact), score.isFinite else {
                continue
            }
            if !hasBest || score > bestScore || (score == bestScore && node < bestNode) {
                bestNode = node
                bestScore = score
                hasBest = true
            }
        }
        return hasBest ? bestNode : 0
    }
}
