/// A compute group's aggregate health (spec §3.2).
public enum GroupHealth: Sendable, Equatable {
    /// Every member is healthy (and there is at least one).
    case healthy
    /// Some but not all members are healthy; both counts saturate at 255.
    case degraded(healthy: UInt8, total: UInt8)
    /// No member is healthy, including an empty group.
    case dead

    /// The health of a group with `healthy` healthy members out of `total`.
    ///
    /// Compares the full-width counts and saturates only what it reports.
    public init(healthy: Int, total: Int) {
        if healthy == 0 {
            self = .dead
        } else if healthy == total {
            self = .healthy
        } else {
            self = .degraded(healthy: UInt8(clamping: healthy), total: UInt8(clamping: total))
        }
    }
}
