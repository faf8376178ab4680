/// Why a case produced an error instead of a measurement.
public enum CaseFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// Legacy and fixed disagree on the outputs of the same event stream: the fix changed behavior,
    /// so timing it would compare two different computations.
    case digestMismatch(caseID: String, events: Int, legacy: UInt64, fixed: UInt64)
    /// The limit kernel and the fixed runtime disagree on the same event stream: the kernel computes
    /// something else (or skips work), so it is no floor for the fix.
    case limitDigestMismatch(caseID: String, events: Int, fixed: UInt64, limit: UInt64)
    /// The allocation pass or an engine failed for this case.
    case measurementFailed(caseID: String, reason: String)

    public var description: String {
        switch self {
        case .digestMismatch(let caseID, let events, let legacy, let fixed):
            "\(caseID): legacy and fixed outputs differ over \(events) events (digest "
                + "0x\(String(legacy, radix: 16)) vs 0x\(String(fixed, radix: 16)))"
        case .limitDigestMismatch(let caseID, let events, let fixed, let limit):
            "\(caseID): fixed and limit-kernel outputs differ over \(events) events (digest "
                + "0x\(String(fixed, radix: 16)) vs 0x\(String(limit, radix: 16)))"
        case .measurementFailed(let caseID, let reason):
            "\(caseID): \(reason)"
        }
    }

    /// The case the failure belongs to.
    public var caseID: String {
        switch self {
        case .digestMismatch(let caseID, _, _, _), .limitDigestMismatch(let caseID, _, _, _),
            .measurementFailed(let caseID, _):
            caseID
        }
    }
}
