/// Appendix A vectors for XXH3, causal links, the chain builder and the horizon bloom.
public enum CausalChainVectors {
    /// XXH3-64 of the empty input.
    public static let xxh3OfEmpty: UInt64 = 0x2d06_8005_38d3_94c2

    /// The link every parent-hash vector starts from.
    public static let genesisLink = (originHash: UInt64(0xDEAD_BEEF), horizonEncoded: UInt64(42))

    /// `genesis(0xDEADBEEF, 42).toBytes()`.
    public static let genesisBytes: [UInt8] = [
        0xef, 0xbe, 0xad, 0xde, 0, 0, 0, 0, 0x2a, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]

    /// Payload of `size` bytes with byte i = `UInt8(truncatingIfNeeded: i) &* 31`.
    public static func payload(size: Int) -> [UInt8] {
        (0..<size).map { UInt8(truncatingIfNeeded: $0) &* 31 }
    }

    /// `computeParentHash(genesis(0xDEADBEEF, 42), payload(size:))` per payload size.
    public static let parentHashes: [(size: Int, digest: UInt64)] = [
        (0, 0x75f5_58ef_ecf8_2a99),
        (1, 0x3f44_ea7e_9f8b_99fd),
        (31, 0x5073_93bb_66a6_8b89),
        (32, 0x42b6_f55d_0c88_ff36),
        (33, 0x824f_567a_2a9d_54df),
        (63, 0xdfbd_7f90_a4f9_92bf),
        (64, 0x6863_6714_2831_c369),
        (65, 0x7e34_853e_98a3_ffe1),
        (1024, 0x7c2b_b8e6_4cf1_3113),
        (8192, 0x1f24_81f3_78ad_e1b5),
    ]

    /// `computeParentHash(genesis(0xDEADBEEF, 42), "hello")`.
    public static let helloParentHash: UInt64 = 0x0b96_ab39_0b1a_1cd1

    /// Chain builder for origin 0x1234: (payload, horizon) appended in order → (sequence, parent hash).
    public static let builderOrigin: UInt64 = 0x1234
    public static let builderSteps: [(payload: String, horizon: UInt64, sequence: UInt64, parentHash: UInt64)] = [
        ("a", 0, 1, 0x4b55_0dae_c610_9099),
        ("bb", 5, 2, 0xdf0c_711b_eb9c_5a45),
        ("", 7, 3, 0x08be_aa41_59a9_4bf3),
    ]
    /// The link bytes of the first builder step.
    public static let firstBuilderLinkBytes: [UInt8] = [
        0x34, 0x12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0x01, 0, 0, 0, 0, 0, 0, 0, 0x99, 0x90, 0x10, 0xc6, 0xae, 0x0d, 0x55, 0x4b,
    ]

    /// Bloom vectors: origin → XXH3 of its LE bytes, bit positions, bits.
    public static let bloom: [(origin: UInt64, xxh3: UInt64, positions: [Int], bits: UInt64)] = [
        (0xAAAA, 0x2377_2db4_bcbc_bd35, [53, 42, 31], 0x0020_0400_8000_0000),
        (0xBBBB, 0xa240_0f70_f3f1_864e, [14, 63, 48], 0x8001_0000_0000_4000),
        (0xC0DE, 0xef9a_4373_f12c_b2cf, [15, 2, 53], 0x0020_0000_0000_8004),
    ]

    /// `encode({0xAAAA, 0xBBBB})`.
    public static let encodedAAAAandBBBB: UInt64 = 0x8021_0400_8000_4000
}
