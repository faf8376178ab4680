/// The 32-byte identity of a load-balancer endpoint (in compute groups: a member's entity id).
///
/// Stored as four little-endian words so equality and hashing are four integer operations,
/// not a 32-iteration byte loop.
public struct NodeID: Hashable, Sendable, CustomStringConvertible {
    /// Bytes 0–7, 8–15, 16–23 and 24–31, each read little-endian.
    public var words: (UInt64, UInt64, UInt64, UInt64)

    /// Builds an id from exactly 32 bytes.
    ///
    /// - Precondition: `bytes.count == 32`.
    public init(bytes: some Collection<UInt8>) {
        precondition(bytes.count == 32, "NodeID needs exactly 32 bytes, got \(bytes.count)")
        var w: [UInt64] = [0, 0, 0, 0]
        for (offset, byte) in bytes.enumerated() {
            w[offset / 8] |= UInt64(byte) << (UInt64(offset % 8) * 8)
        }
        words = (w[0], w[1], w[2], w[3])
    }

    /// The id upstream's tests and benchmarks use: 32 zero bytes with byte 0 set.
    public init(firstByte: UInt8) {
        words = (UInt64(firstByte), 0, 0, 0)
    }

    /// Builds an id from its four little-endian words.
    public init(words: (UInt64, UInt64, UInt64, UInt64)) {
        self.words = words
    }

    /// The byte at `index` (0..<32).
    public func byte(at index: Int) -> UInt8 {
        precondition((0..<32).contains(index), "NodeID byte index \(index) out of range")
        let word: UInt64
        switch index / 8 {
        case 0: word = words.0
        case 1: word = words.1
        case 2: word = words.2
        default: word = words.3
        }
        return UInt8(truncatingIfNeeded: word >> (UInt64(index % 8) * 8))
    }

    /// The 32 bytes in order.
    public var bytes: [UInt8] { (0..<32).map { byte(at: $0) } }

    /// Rust's `Debug` rendering of `[u8; 32]`: `"[1, 0, 0, …, 0]"`. Part of the hash-ring key contract.
    ///
    /// Written digit by digit into one buffer, as Rust's formatter writes into one `String`: adding
    /// an endpoint renders it once per virtual node (150 times), and mapping the bytes to strings
    /// and joining them cost about ten times as much, most of a 5 000-endpoint fixture's setup.
    public var debugRendering: String {
        // "[" + 32 × up to 3 digits + 31 × ", " + "]"
        String(unsafeUninitializedCapacity: 2 + 32 * 3 + 31 * 2) { buffer in
            var count = 0
            func put(_ character: UInt8) {
                buffer[count] = character
                count += 1
            }
            put(UInt8(ascii: "["))
            for index in 0..<32 {
                if index > 0 {
                    put(UInt8(ascii: ","))
                    put(UInt8(ascii: " "))
                }
                let value = byte(at: index)
                if value >= 100 { put(UInt8(ascii: "0") + value / 100) }
                if value >= 10 { put(UInt8(ascii: "0") + value / 10 % 10) }
                put(UInt8(ascii: "0") + value % 10)
            }
            put(UInt8(ascii: "]"))
            return count
        }
    }

    public var description: String { debugRendering }

    public static func == (lhs: NodeID, rhs: NodeID) -> Bool {
        lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1
            && lhs.words.2 == rhs.words.2 && lhs.words.3 == rhs.words.3
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }
}
