/// Bounds on group slot recovery (spec §5).
public enum RecoveryLimits {
    /// At most this many unhealthy slots are re-placed per `tryRecover` call, so a group with every
    /// slot down still makes progress without stalling the recovery tick.
    public static let slotsPerTick = 4
}
