/// The result of comparing two placement candidates; `less` means the left one is better.
public enum PlacementOrdering: Sendable, Equatable {
    case less
    case equal
    case greater
}
