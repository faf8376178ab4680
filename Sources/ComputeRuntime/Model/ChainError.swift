/// Why a link does not extend a chain (spec §4.4, `validateLink`).
public enum ChainError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The new link belongs to another origin.
    case originMismatch(expected: UInt64, got: UInt64)
    /// The new link's sequence is not the previous one plus 1 (`expected` is `UInt64.max` when the
    /// previous sequence cannot be incremented).
    case sequenceGap(expected: UInt64, got: UInt64)
    /// The new link's parent hash is not XXH3-64 of the previous link and payload.
    case parentHashMismatch(expected: UInt64, got: UInt64)

    /// Hashes print as `0x`-prefixed lowercase hex, sequences in decimal.
    public var description: String {
        switch self {
        case .originMismatch(let expected, let got):
            "origin mismatch: expected \(Self.hex(expected)), got \(Self.hex(got))"
        case .sequenceGap(let expected, let got):
            "sequence gap: expected \(expected), got \(got)"
        case .parentHashMismatch(let expected, let got):
            "parent hash mismatch: expected \(Self.hex(expected)), got \(Self.hex(got))"
        }
    }

    static func hex(_ value: UInt64) -> String { "0x" + String(value, radix: 16) }
}
