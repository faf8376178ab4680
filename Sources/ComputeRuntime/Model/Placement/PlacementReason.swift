/// Why a placement chose its node (spec §2.1).
public enum PlacementReason: String, Sendable, Equatable, CaseIterable {
    case onlyCandidate = "only_candidate"
    case localPreferred = "local_preferred"
    case firstMatch = "first_match"
    case pinned
    case bestScore = "best_score"
}
