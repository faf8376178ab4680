/// Produces the events of one origin's chain (spec §4.4).
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

    /// Appends `payload`, stamping the event with one read of the builder's clock.
    /// - Returns: the new event, or nil (state unchanged) when the sequence would overflow.
    public mutating func append(_ payload: [UInt8], horizonEncoded: UInt64) -> CausalEvent? {
        append(payload, horizonEncoded: horizonEncoded, receivedAt: clock.nanosecondsSinceEpoch())
    }

    /// Appends `payload` with a timestamp the caller read (#162: a host reads the clock once per
    /// delivery and shares it among that delivery's outputs).
    /// - Returns: the new event, or nil (state unchanged) when the sequence would overflow.
    public mutating func append(_ payload: [UInt8], horizonEncoded: UInt64, receivedAt: UInt64) -> CausalEvent? {
        guard let next = CausalChain.nextLink(after: head, payload: headPayload, horizonEncoded: horizonEncoded)
        else { return nil }
        head = next
        headPayload = payload
        return CausalEvent(link: next, payload: payload, receivedAt: receivedAt)
    }
}
