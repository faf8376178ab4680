/// The 32-byte header that ties an event to its predecessor in its origin's chain (spec §4.3).
///
/// Wire layout, four little-endian `UInt64`s in this order: origin hash (bytes 0–7), encoded
/// horizon (8–15), sequence (16–23), parent hash (24–31).
public struct CausalLink: Hashable, Sendable, CustomStringConvertible {
    /// Size of the wire form in bytes.
    public static let byteCount = 32

    /// The identity of the chain's entity.
    public var originHash: UInt64
    /// The producer's observed horizon as a 64-bit bloom (see `ObservedHorizon.encode()`); not validated.
    public var horizonEncoded: UInt64
    /// Position in the chain; genesis is 0.
    public var sequence: UInt64
    /// XXH3-64 of the previous link's bytes followed by the previous payload; 0 at genesis.
    public var parentHash: UInt64

    /// A link from its four fields.
    @inlinable
    public init(originHash: UInt64, horizonEncoded: UInt64, sequence: UInt64, parentHash: UInt64) {
        self.originHash = originHash
        self.horizonEncoded = horizonEncoded
        self.sequence = sequence
        self.parentHash = parentHash
    }

    /// The first link of a new chain: sequence 0, no parent.
    @inlinable
    public static func genesis(originHash: UInt64, horizonEncoded: UInt64) -> CausalLink {
        CausalLink(originHash: originHash, horizonEncoded: horizonEncoded, sequence: 0, parentHash: 0)
    }

    /// True for a plain genesis (sequence 0 and parent 0); a fork genesis has a parent, so it is not.
    @inlinable
    public var isGenesis: Bool { sequence == 0 && parentHash == 0 }

    /// The link after this one with the given parent hash, or nil when the sequence is `UInt64.max`.
    @inlinable
    public func successor(parentHash: UInt64, horizonEncoded: UInt64) -> CausalLink? {
        guard sequence != .max else { return nil }
        return CausalLink(
            originHash: originHash, horizonEncoded: horizonEncoded, sequence: sequence + 1, parentHash: parentHash)
    }

    /// Calls `body` with the 32 wire bytes, built on the stack (no heap allocation).
    @inlinable
    public func withUnsafeWireBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let words = (
            originHash.littleEndian, horizonEncoded.littleEndian, sequence.littleEndian, parentHash.littleEndian
        )
        return try withUnsafeBytes(of: words, body)
    }

    /// The 32 wire bytes as an array.
    public func toBytes() -> [UInt8] {
        withUnsafeWireBytes { Array($0) }
    }

    /// Parses the first 32 bytes of `data`; nil when `data` is shorter.
    public static func fromBytes(_ data: some Collection<UInt8>) -> CausalLink? {
        guard data.count >= byteCount else { return nil }
        var words: [UInt64] = [0, 0, 0, 0]
        for (offset, byte) in data.prefix(byteCount).enumerated() {
            words[offset / 8] |= UInt64(byte) << (UInt64(offset % 8) * 8)
        }
        return CausalLink(originHash: words[0], horizonEncoded: words[1], sequence: words[2], parentHash: words[3])
    }

    public var description: String {
        "CausalLink(origin: 0x\(String(originHash, radix: 16)), horizon: 0x\(String(horizonEncoded, radix: 16)), "
            + "sequence: \(sequence), parent: 0x\(String(parentHash, radix: 16)))"
    }
}
