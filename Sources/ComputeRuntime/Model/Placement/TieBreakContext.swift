/// What the tie-break between equally scored candidates may consult (spec §2.4).
public struct TieBreakContext: Sendable {
    /// Round-trip time to a node in microseconds, when known; `nil` disables the RTT step.
    public var rttLookup: (@Sendable (UInt64) -> UInt64?)?
    public var index: CapabilityIndex
    public var resourceAxis: ResourceAxis

    /// A context over `index`; without `rttLookup` ties fall through to the node id.
    public init(
        rttLookup: (@Sendable (UInt64) -> UInt64?)? = nil, index: CapabilityIndex, resourceAxis: ResourceAxis = .compute
    ) {
        self.rttLookup = rttLookup
        self.index = index
        self.resourceAxis = resourceAxis
    }
}
