/// Where a load balancer's random numbers come from (spec §1.12, #161).
///
/// `.system` is the production setting: the legacy balancer draws 8 bytes from the OS for every
/// random number, the fixed one seeds its per-balancer generator once from the OS. `.seeded(s)`
/// makes both implementations draw the identical SplitMix64 sequence starting at state `s`, so
/// equivalence tests can compare the random strategies selection by selection.
public enum RandomSource: Sendable, Equatable {
    case system
    case seeded(UInt64)

    /// The SplitMix64 increment (golden ratio); the state advances by this much per draw.
    public static let splitMixIncrement: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The SplitMix64 output function applied to an already advanced state.
    @inlinable
    public static func splitMixOutput(_ state: UInt64) -> UInt64 {
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Maps a 64-bit draw to [0, 1) exactly as upstream: the top 53 bits over 2^53.
    @inlinable
    public static func unitInterval(_ r: UInt64) -> Double {
        Double(r >> 11) / 9_007_199_254_740_992.0
    }
}
