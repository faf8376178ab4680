extension CausalLink {
    /// The first link of a forked entity's chain (spec §3.3): sequence 0 and a non-zero parent, the
    /// sentinel XXH3-64 of `parentOrigin` (8 bytes LE), `forkSequence` (8 bytes LE) and ASCII `fork`.
    ///
    /// Its parent is not 0, so `isGenesis` is false: the chain documents its lineage.
    public static func forkGenesis(originHash: UInt64, parentOrigin: UInt64, forkSequence: UInt64) -> CausalLink {
        CausalLink(
            originHash: originHash, horizonEncoded: 0, sequence: 0,
            parentHash: forkSentinel(parentOrigin: parentOrigin, forkSequence: forkSequence))
    }

    /// XXH3-64 of `parentOrigin LE8 ‖ forkSequence LE8 ‖ "fork"`.
    public static func forkSentinel(parentOrigin: UInt64, forkSequence: UInt64) -> UInt64 {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20)
        withUnsafeBytes(of: parentOrigin.littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: forkSequence.littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: Array("fork".utf8))
        return XXH3.hash64(bytes)
    }
}
