/// The chain operations both runtimes provide (spec §4.3–§4.4): the parent hash, the one step the
/// two compute differently (#154), the link succession built on it, and the link validation both
/// share, written once here. The harness, the parity tests and the per-runtime test suites are
/// generic over it; there is no other definition of these operations.
///
/// Each runtime's `CausalChain` conforms. Its `computeParentHash` and `nextLink` are `@inlinable`
/// on the concrete type, and the hosts call them there, so the per-delivery path never goes
/// through a witness table; validation is not on a measured path.
public protocol CausalChainHashing {
    /// XXH3-64 (seed 0) of `link`'s 32 wire bytes followed by `payload`.
    static func computeParentHash(_ link: CausalLink, _ payload: [UInt8]) -> UInt64

    /// The link after `link`, whose parent hashes `link` and `payload`; nil when the sequence would overflow.
    static func nextLink(after link: CausalLink, payload: [UInt8], horizonEncoded: UInt64) -> CausalLink?
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
