/// Orders two distinct candidates that scored the same; `.less` means `a` is the better choice (spec §2.4).
///
/// 1. Same id → `.equal`.
/// 2. With an RTT lookup: both known and different → lower RTT wins; only one known → it wins.
/// 3. Upstream then compares free resource along `context.resourceAxis`, but its resource probe
///    reports 0 for every node, so that step never decides and is not modelled.
/// 4. Lower node id wins.
///
/// A strict total order on distinct ids when the RTT lookup is consistent.
/// - Complexity: O(1) plus at most two RTT lookups; allocates nothing.
@inlinable
public func tieBreakCompare(_ a: UInt64, _ b: UInt64, _ context: TieBreakContext) -> PlacementOrdering {
    if a == b { return .equal }
    if let rttLookup = context.rttLookup {
        switch (rttLookup(a), rttLookup(b)) {
        case (let rttA?, let rttB?) where rttA != rttB:
            return rttA < rttB ? .less : .greater
        case (_?, nil):
            return .less
        case (nil, _?):
            return .greater
        default:
            break
        }
    }
    return a < b ? .less : .greater
}
