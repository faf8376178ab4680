import CXXHash

/// Parent hashing, link succession and validation of causal chains (spec §4.3–§4.4).
public enum CausalChain: CausalChainHashing {
    /// XXH3-64 (seed 0) of `link`'s 32 wire bytes followed by `payload`.
    ///
    /// #154: streams the two parts through one XXH3 state that lives on the C stack
    /// (`cxxhash_xxh3_64_two_parts`), with the link bytes built on the Swift stack: no
    /// intermediate buffer, no copy of the payload, zero heap allocations. Bit-identical to the
    /// one-shot hash of the concatenation.
    @inlinable
    public static func computeParentHash(_ link: CausalLink, _ payload: [UInt8]) -> UInt64 {
        link.withUnsafeWireBytes { linkBytes in
            payload.withUnsafeBytes { payloadBytes in
                cxxhash_xxh3_64_two_parts(
                    linkBytes.baseAddress, linkBytes.count, payloadBytes.baseAddress, payloadBytes.count)
            }
        }
    }

    /// The link after `link`, whose parent hashes `link` and `payload`; nil when the sequence would overflow.
    @inlinable
    public static func nextLink(after link: CausalLink, payload: [UInt8], horizonEncoded: UInt64) -> CausalLink? {
        guard link.sequence != .max else { return nil }
        return link.successor(parentHash: computeParentHash(link, payload), horizonEncoded: horizonEncoded)
    }
}
