/// Which free resource the tie-break would compare (spec §2.4).
public enum ResourceAxis: Sendable, Equatable, CaseIterable {
    case storage
    case compute
    case both
}
