/// The filtered candidate list of one select attempt, as a bitmap over snapshot positions (#148, #165).
///
/// Set bits in ascending position order are exactly the legacy `available` list in its order, so
/// "the k-th candidate", "the first minimum" and "is node X a candidate" need no materialized list.
/// The bitmap lives in caller-provided scratch (stack memory in `select`).
struct CandidateSet {
    let bits: UnsafeMutablePointer<UInt64>
    let wordCount: Int
    let count: Int

    /// Whether the endpoint at `position` is a candidate. O(1).
    @inline(__always)
    func contains(_ position: Int) -> Bool {
        bits[position >> 6] & (1 << UInt64(position & 63)) != 0
    }

    /// The position of the `rank`-th candidate (0-based, `rank < count`).
    @inline(__always)
    func position(ofRank rank: Int) -> Int {
        var remaining = rank
        for wordIndex in 0..<wordCount {
            var word = bits[wordIndex]
            let population = word.nonzeroBitCount
            if remaining < population {
                while remaining > 0 {
                    word &= word &- 1
                    remaining -= 1
                }
                return wordIndex << 6 | word.trailingZeroBitCount
            }
            remaining -= population
        }
        preconditionFailure("candidate rank \(rank) out of range \(count)")
    }

    /// The first candidate's position.
    @inline(__always)
    var first: Int { position(ofRank: 0) }

    /// Calls `body` with each candidate's position in order until it returns false.
    @inline(__always)
    func forEach(_ body: (Int) -> Bool) {
        for wordIndex in 0..<wordCount {
            var word = bits[wordIndex]
            while word != 0 {
                let position = wordIndex << 6 | word.trailingZeroBitCount
                word &= word &- 1
                if !body(position) { return }
            }
        }
    }
}
