import ComputeRuntime

/// Produces the events of one origin's chain (spec §4.4), pre-audit.
///
/// Event *n*'s parent hash covers event *n−1*'s link and payload; the first event after genesis
/// hashes the genesis link with an empty payload.
public struct CausalChainBuilder: Sendable {
    /// The chain's origin.
    public let originHash: UInt64
    /// The last link produced (the genesis link before the first append).
    public private(set) var head: CausalLink
    /// The payload of the head event (empty at genesis).
    public private(set) var headPayload: [UInt8]
    let clock: WallClock

    /// A chain at `genesis(originHash, 0)` with an empty head payload.
    public init(originHash: UInt64, clock: WallClock = .system) {
        self.originHash = originHash
        head = .genesis(originHash: originHash, horizonEncoded: 0)
        headPayload = []
        self.clock = clock
    }

    /// A chain continuing from `head` (after a snapshot restore or a fork); the origin is the head's.
    public static func fromHead(_ head: CausalLink, payload: [UInt8], clock: WallClock = .system) -> CausalChainBuilder
    {
        var builder = CausalChainBuilder(originHash: head.originHash, clock: clock)
        builder.head = head
        builder.headPayload = payload
        return builder
    }

    /// The head's sequence.
    public var sequence: UInt64 { head.sequence }

    /// Appends `payload` and stamps the event with the current wall-clock time.
    ///
    /// #162 legacy cost: kept on purpose — one clock read per appended event.
    /// - Returns: the new event, or nil (state unchanged) when the sequence would overflow.
    public mutating func append(_ payload: [UInt8], horizonEncoded: UInt64) -> CausalEvent? {
        guard let next = CausalChain.nextLink(after: head, payload: headPayload, horizonEncoded: horizonEncoded)
        else { return nil }
        let event = CausalEvent(link: next, payload: payload, receivedAt: clock.nanosecondsSinceEpoch())
        head = next
        headPayload = payload
        return event
    }
}
