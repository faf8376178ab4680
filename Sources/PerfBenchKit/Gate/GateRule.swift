/// The rules the gate applies to each case, named as they appear in its output.
public enum GateRule: String, Sendable, CaseIterable {
    /// The fix holds: the speedup interval's lower bound is at or above the case's floor.
    case speedupFloor = "fix.speedup"
    /// The fix holds: the candidate's allocations per event are at or below the case's ceiling.
    case allocationCeiling = "fix.allocs"
    /// No drift: allocations per event within tolerance of the baseline's fixed figure.
    case allocationDrift = "drift.allocs"
    /// No drift: bytes per event within tolerance of the baseline's fixed figure.
    case byteDrift = "drift.bytes"
    /// No drift: callgrind instructions per event within tolerance of the baseline's fixed figure.
    case instructionDrift = "drift.instructions"
    /// No drift: the speedup median has not fallen more than the tolerance below the baseline's.
    case speedupDrift = "drift.speedup"
    /// No drift: median ns/event has not grown significantly (comparable hosts only).
    case timeDrift = "drift.time"
    /// The case is present in both documents.
    case presence = "presence"
}
