/// A causal chain's parent hash (spec §4.3), the one step the two runtimes compute differently (#154),
/// with the link validation both share written once on top of it.
///
/// Each runtime's `CausalChain` conforms. `nextLink` stays on the concrete types, `@inlinable` on both
/// sides, because it runs on every delivery; validation is not on a measured path.
public protocol CausalChainHashing {
    /// XXH3-64 (seed 0) of `link`'s 32 wire bytes followed by `payload`.
    static func computeParentHash(_ link: CausalLink, _ payload: [UInt8]) -> UInt64
}

extension CausalChainHashing {
    /// Checks that `next` extends `previous` (whose payload was `previousPayload`).
    ///
    /// The encoded horizon is not validated.
    /// - Throws: `ChainError.originMismatch`, `.sequenceGap` or `.parentHashMismatch`, checked in that order.
    /// - Complexity: one `computeParentHash` of `previousPayload`.
    public static func validateLink(
        previous: CausalLink, previousPayload: [UInt8], next: CausalLink
    ) throws(ChainError) {
        guard next.originHash == previous.originHash else {
            throw .originMismatch(expected: previous.originHash, got: next.originHash)
        }
        guard previous.sequence != .max else { throw .sequenceGap(expected: .max, got: next.sequence) }
        guard next.sequence == previous.sequence + 1 else {
            throw .sequenceGap(expected: previous.sequence + 1, got: next.sequence)
        }
        let expected = computeParentHash(previous, previousPayload)
        guard next.parentHash == expected else { throw .parentHashMismatch(expected: expected, got: next.parentHash) }
    }
}
