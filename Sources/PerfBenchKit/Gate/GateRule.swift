/// The rules the gate applies to each case, named as they appear in its output.
public enum GateRule: Sendable, Hashable, CustomStringConvertible {
    /// The fix holds: the speedup interval's lower bound is at or above the case's floor.
    case speedupFloor
    /// The fix holds: the candidate's allocations per event are at or below the case's ceiling.
    case allocationCeiling
    /// No drift: an exact metric of the candidate within its growth limit of the baseline's fixed figure.
    case exactDrift(Metric)
    /// No drift: a sampled figure (fixed time, a paired ratio) within the band its measured noise
    /// allows; same host identity only.
    case sampledDrift(String)
    /// The before moved: a legacy figure changed beyond its limit, in either direction.
    case legacyMoved(String)
    /// The case is present in both documents.
    case presence

    /// The rule's name in output: `fix.speedup`, `drift.instructions`, `drift.fixed.time`, `legacy.allocations`.
    public var description: String {
        switch self {
        case .speedupFloor: "fix.speedup"
        case .allocationCeiling: "fix.allocs"
        case .exactDrift(let metric): "drift.\(metric.id)"
        case .sampledDrift(let key): "drift.\(key)"
        case .legacyMoved(let key): "legacy.\(key)"
        case .presence: "presence"
        }
    }
}
