extension Double {
    /// A signed integer whose order is IEEE-754 totalOrder (Rust's `total_cmp`, spec §0.3):
    /// −NaN < −∞ < … < −0 < +0 < … < +∞ < +NaN.
    @inlinable
    public var totalOrderKey: Int64 {
        let s = Int64(bitPattern: bitPattern)
        return s ^ Int64(bitPattern: UInt64(bitPattern: s >> 63) >> 1)
    }
}

/// Float → unsigned integer conversion with Rust's `as u64` semantics: NaN and negatives give 0,
/// values past the range give `UInt64.max`.
@inlinable
public func saturatingUInt64(_ value: Double) -> UInt64 {
    if !(value > 0) { return 0 }
    if value >= 18_446_744_073_709_551_616.0 { return .max }
    return UInt64(value)
}
