/// Why a group operation failed (spec §3.1).
public enum GroupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Routing found no member to deliver to.
    case noHealthyMember
    /// The scheduler could not place a member; carries the reason.
    case placementFailed(String)
    /// The daemon registry refused an operation; carries the reason.
    case registryFailed(String)
    case invalidConfig(String)

    /// The message spread placement fails with when every candidate is excluded.
    public static let allCandidatesExcluded = GroupError.placementFailed(
        "all candidate nodes are excluded by spread constraint")
    /// The message `placeMember` fails with when no node survives exclusion and scoring.
    public static let noCandidateSatisfiedPlacement = GroupError.placementFailed(
        "no candidate satisfied placement filter (every node excluded or vetoed)")

    /// Wraps a scheduler failure the way upstream converts it (its display string).
    public init(_ error: SchedulerError) {
        self = .placementFailed(error.description)
    }

    public var description: String {
        switch self {
        case .noHealthyMember: "no healthy member available"
        case .placementFailed(let reason): "placement failed: \(reason)"
        case .registryFailed(let reason): "registry operation failed: \(reason)"
        case .invalidConfig(let reason): "invalid config: \(reason)"
        }
    }
}
