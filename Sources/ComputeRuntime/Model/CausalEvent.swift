/// One event of a causal chain: its link, its opaque payload and when this node saw it (spec §4.4).
///
/// A value type: copies share the payload's storage (copy-on-write), so a copy is the 32-byte
/// link, one reference-count increment and the timestamp.
public struct CausalEvent: Hashable, Sendable {
    /// The link binding this event to its chain.
    public var link: CausalLink
    /// Opaque payload bytes; hashed into the next event's parent hash.
    public var payload: [UInt8]
    /// Local wall-clock nanoseconds since the UNIX epoch when this node created or parsed the event.
    /// Local metadata: not on the link, not hashed, not validated.
    public var receivedAt: UInt64

    /// An event from its parts.
    @inlinable
    public init(link: CausalLink, payload: [UInt8], receivedAt: UInt64) {
        self.link = link
        self.payload = payload
        self.receivedAt = receivedAt
    }
}
