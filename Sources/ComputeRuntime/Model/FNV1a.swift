/// 64-bit FNV-1a over UTF-8 bytes (spec §0.4); the consistent-hash ring's hash.
public enum FNV1a {
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The digest of `text`'s UTF-8 bytes. Iterating `utf8` of a native string allocates nothing.
    @inlinable
    public static func hash(_ text: String) -> UInt64 {
        var h = offsetBasis
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h = h &* prime
        }
        return h
    }

    /// The ring key string of virtual node `index` of `id`: `"[b0, …, b31]-index"` (spec §1.11).
    public static func ringKey(_ id: NodeID, virtualNode index: Int) -> String {
        id.debugRendering + "-" + String(index)
    }
}
