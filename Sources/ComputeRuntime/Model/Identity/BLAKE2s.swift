/// BLAKE2s-256 (RFC 7693), optionally keyed: the MAC upstream derives member keys and origin
/// hashes with (`Blake2sMac<U32>`: the key is the MAC key, the digest is 32 bytes).
///
/// One-shot only; inputs here are at most a few dozen bytes, on cold group-construction paths.
public enum BLAKE2s {
    static let iv: [UInt32] = [
        0x6A09_E667, 0xBB67_AE85, 0x3C6E_F372, 0xA54F_F53A, 0x510E_527F, 0x9B05_688C, 0x1F83_D9AB, 0x5BE0_CD19,
    ]
    static let sigma: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
        [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
        [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
        [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
        [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
        [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
        [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
        [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
        [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
    ]

    /// The 32-byte BLAKE2s digest of `message`, keyed with `key` (at most 32 bytes; empty = unkeyed).
    ///
    /// - Precondition: `key.count <= 32`.
    public static func hash(_ message: some Collection<UInt8>, key: some Collection<UInt8> = [UInt8]()) -> [UInt8] {
        precondition(key.count <= 32, "BLAKE2s keys are at most 32 bytes, got \(key.count)")
        var state = iv
        state[0] ^= 0x0101_0000 ^ (UInt32(key.count) << 8) ^ 32

        // A keyed hash processes the key, zero-padded to one block, as the first block.
        var data: [UInt8] = []
        if !key.isEmpty {
            data.append(contentsOf: key)
            data.append(contentsOf: [UInt8](repeating: 0, count: 64 - key.count))
        }
        data.append(contentsOf: message)

        var counter: UInt64 = 0
        var offset = 0
        // Every block but the last is compressed as non-final; an empty input still has one (empty) final block.
        while data.count - offset > 64 {
            counter += 64
            compress(&state, block: data[offset..<offset + 64], counter: counter, isFinal: false)
            offset += 64
        }
        var last = [UInt8](data[offset...])
        counter += UInt64(last.count)
        last.append(contentsOf: [UInt8](repeating: 0, count: 64 - last.count))
        compress(&state, block: last[...], counter: counter, isFinal: true)

        var digest: [UInt8] = []
        digest.reserveCapacity(32)
        for word in state {
            for shift in stride(from: 0, to: 32, by: 8) {
                digest.append(UInt8(truncatingIfNeeded: word >> UInt32(shift)))
            }
        }
        return digest
    }

    static func compress(_ state: inout [UInt32], block: ArraySlice<UInt8>, counter: UInt64, isFinal: Bool) {
        var m = [UInt32](repeating: 0, count: 16)
        let base = block.startIndex
        for i in 0..<16 {
            m[i] =
                UInt32(block[base + 4 * i]) | UInt32(block[base + 4 * i + 1]) << 8
                | UInt32(block[base + 4 * i + 2]) << 16 | UInt32(block[base + 4 * i + 3]) << 24
        }
        var v = state + iv
        v[12] ^= UInt32(truncatingIfNeeded: counter)
        v[13] ^= UInt32(truncatingIfNeeded: counter >> 32)
        if isFinal { v[14] = ~v[14] }

        func mix(_ a: Int, _ b: Int, _ c: Int, _ d: Int, _ x: UInt32, _ y: UInt32) {
            v[a] = v[a] &+ v[b] &+ x
            v[d] = (v[d] ^ v[a]).rotatedRight(16)
            v[c] = v[c] &+ v[d]
            v[b] = (v[b] ^ v[c]).rotatedRight(12)
            v[a] = v[a] &+ v[b] &+ y
            v[d] = (v[d] ^ v[a]).rotatedRight(8)
            v[c] = v[c] &+ v[d]
            v[b] = (v[b] ^ v[c]).rotatedRight(7)
        }
        for round in 0..<10 {
            let s = sigma[round]
            mix(0, 4, 8, 12, m[s[0]], m[s[1]])
            mix(1, 5, 9, 13, m[s[2]], m[s[3]])
            mix(2, 6, 10, 14, m[s[4]], m[s[5]])
            mix(3, 7, 11, 15, m[s[6]], m[s[7]])
            mix(0, 5, 10, 15, m[s[8]], m[s[9]])
            mix(1, 6, 11, 12, m[s[10]], m[s[11]])
            mix(2, 7, 8, 13, m[s[12]], m[s[13]])
            mix(3, 4, 9, 14, m[s[14]], m[s[15]])
        }
        for i in 0..<8 { state[i] ^= v[i] ^ v[i + 8] }
    }
}

extension UInt32 {
    fileprivate func rotatedRight(_ count: UInt32) -> UInt32 {
        (self >> count) | (self << (32 - count))
    }
}
