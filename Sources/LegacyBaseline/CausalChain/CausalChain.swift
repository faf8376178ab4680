import CXXHash
import ComputeRuntime

/// Parent hashing, link succession and validation of causal chains (spec §4.3–§4.4), pre-audit.
public enum CausalChain: CausalChainHashing {
    /// XXH3-64 (seed 0) of `link`'s 32 wire bytes followed by `payload`.
    ///
    /// #154 legacy cost: kept on purpose — allocates a buffer of `32 + payload.count`, copies the
    /// link bytes and the payload into it and hashes it once: one heap allocation and a full
    /// payload copy per call.
    @inlinable
    public static func computeParentHash(_ link: CausalLink, _ payload: [UInt8]) -> UInt64 {
        var combined: [UInt8] = []
        combined.reserveCapacity(CausalLink.byteCount + payload.count)
        link.withUnsafeWireBytes { combined.append(contentsOf: $0) }
        combined.append(contentsOf: payload)
        return combined.withUnsafeBytes { cxxhash_xxh3_64($0.baseAddress, $0.count) }
    }

    /// The link after `link`, whose parent hashes `link` and `payload`; nil when the sequence would overflow.
    @inlinable
    public static func nextLink(after link: CausalLink, payload: [UInt8], horizonEncoded: UInt64) -> CausalLink? {
        guard link.sequence != .max else { return nil }
        return link.successor(parentHash: computeParentHash(link, payload), horizonEncoded: horizonEncoded)
    }
}
