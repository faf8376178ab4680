/// Why the scheduler could not place (spec §2.1).
public enum SchedulerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No node matches the capability requirements.
    case noCandidate
    /// Declared upstream, never produced.
    case indexUnavailable

    public var description: String {
        switch self {
        case .noCandidate: "no nodes match capability requirements"
        case .indexUnavailable: "capability index unavailable"
        }
    }
}
