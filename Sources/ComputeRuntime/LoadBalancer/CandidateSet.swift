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
            let word = bits[wordIndex]
            let population = word.nonzeroBitCount
            if remaining < population { return wordIndex << 6 | word.indexOfSetBit(rank: remaining) }
            remaining -= population
        }
        preconditionFailure("candidate rank \(rank) out of range \(count)")
    }

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

/// A candidate list of one select attempt: the positions, ascending, that the legacy filter would
/// return in that order. Strategies are generic over it (specialized per list kind).
protocol CandidateList {
    var count: Int { get }
    /// Whether the endpoint at `position` is a candidate.
    func contains(_ position: Int) -> Bool
    /// The position of the `rank`-th candidate (0-based, `rank < count`).
    func position(ofRank rank: Int) -> Int
    /// Calls `body` with each candidate's position in order until it returns false.
    func forEach(_ body: (Int) -> Bool)
}

extension CandidateList {
    /// The first candidate's position.
    @inline(__always)
    var first: Int { position(ofRank: 0) }
}

extension CandidateSet: CandidateList {}

/// #148 fast path: every snapshot endpoint is a candidate (nothing is excluded, no zone applies).
struct AllCandidates: CandidateList {
    let count: Int

    @inline(__always)
    func contains(_ position: Int) -> Bool { true }

    @inline(__always)
    func position(ofRank rank: Int) -> Int { rank }

    @inline(__always)
    func forEach(_ body: (Int) -> Bool) {
        for position in 0..<count where !body(position) { return }
    }
}

/// #148 fast path: exactly the endpoints of one zone (nothing excluded, at least one zone match).
struct ZoneCandidates: CandidateList {
    /// The zone's positions, ascending.
    let members: UnsafePointer<Int32>
    let count: Int
    /// Zone index per snapshot position (−1 for no zone).
    let zoneOfPosition: UnsafePointer<Int32>
    let zone: Int32

    @inline(__always)
    func contains(_ position: Int) -> Bool { zoneOfPosition[position] == zone }

    @inline(__always)
    func position(ofRank rank: Int) -> Int { Int(members[rank]) }

    @inline(__always)
    func forEach(_ body: (Int) -> Bool) {
        for rank in 0..<count where !body(Int(members[rank])) { return }
    }
}

extension UInt64 {
    /// The index of the set bit of rank `rank` (0-based, counting from the least significant bit).
    ///
    /// Broadword select: per-byte population counts and their running sums (SWAR, one multiply)
    /// locate the byte without a loop, then at most seven bits are cleared inside it. About 30
    /// instructions where clearing bit by bit costs up to 190 in a dense word.
    /// - Precondition: `rank < nonzeroBitCount`.
    @inline(__always)
    package func indexOfSetBit(rank: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var counts = self &- ((self &>> 1) & 0x5555_5555_5555_5555)
        counts = (counts & 0x3333_3333_3333_3333) &+ ((counts &>> 2) & 0x3333_3333_3333_3333)
        counts = (counts &+ (counts &>> 4)) & 0x0F0F_0F0F_0F0F_0F0F
        // Byte i of `sums`: the set bits in bytes 0...i (at most 64, so no byte overflows below).
        let sums = counts &* ones
        // A byte's high bit survives exactly when its running sum is at most `rank`; those bytes
        // form a prefix, whose length is the byte holding the wanted bit.
        let atMostRank = ((UInt64(truncatingIfNeeded: rank) &* ones | highs) &- sums) & highs
        let byte = Int(truncatingIfNeeded: ((atMostRank &>> 7) &* ones) &>> 56)
        let before = Int(truncatingIfNeeded: ((sums &<< 8) &>> UInt64(byte << 3)) & 0xFF)
        var bits = (self &>> UInt64(byte << 3)) & 0xFF
        for _ in 0..<(rank - before) { bits &= bits &- 1 }
        return byte << 3 | bits.trailingZeroBitCount
    }
}
