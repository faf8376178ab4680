/// A kind of input or output a model handles, with upstream's wire discriminants (spec §2.5).
public enum Modality: UInt8, Sendable, Hashable, CaseIterable {
    case text = 0
    case image = 1
    case audio = 2
    case video = 3
    case code = 4
    case embedding = 5
    case toolUse = 6
}
