extension ObservedHorizon {
    /// The three bloom bits of `origin`: positions from XXH3-64 of its 8 little-endian bytes.
    ///
    /// `h1` is the low 32 bits, `h2` the high 32 bits forced odd; positions are `h1`, `h1 + h2` and
    /// `h1 + 2·h2` (32-bit wrapping) modulo 64. `h2` odd makes the three positions distinct.
    public static func bloomBits(origin: UInt64) -> UInt64 {
        let hash = XXH3.hash64(littleEndian: origin)
        let h1 = UInt32(truncatingIfNeeded: hash)
        let h2 = UInt32(truncatingIfNeeded: hash >> 32) | 1
        let p1 = h1 % 64
        let p2 = (h1 &+ h2) % 64
        let p3 = (h1 &+ 2 &* h2) % 64
        return (1 << UInt64(p1)) | (1 << UInt64(p2)) | (1 << UInt64(p3))
    }

    /// True when every bloom bit of `origin` is set in `encoded` (false positives possible).
    public static func mightContain(_ encoded: UInt64, origin: UInt64) -> Bool {
        let bits = bloomBits(origin: origin)
        return encoded & bits == bits
    }

    /// True when neither side can have seen the other: `a`'s horizon lacks `originB` and `b`'s lacks `originA`.
    public static func potentiallyConcurrent(
        horizonA: UInt64, originB: UInt64, horizonB: UInt64, originA: UInt64
    ) -> Bool {
        !mightContain(horizonA, origin: originB) && !mightContain(horizonB, origin: originA)
    }
}
