/// Counters of one daemon host; all start at 0 and only reset when a host is rebuilt.
public struct DaemonStats: Sendable, Equatable {
    /// Deliveries whose `process` returned (with or without outputs).
    public var eventsProcessed: UInt64
    /// Output events appended to the host's chain.
    public var eventsEmitted: UInt64
    /// Deliveries whose `process` threw.
    public var errors: UInt64
    /// Never incremented by the host (kept for parity with upstream).
    public var snapshotsTaken: UInt64

    /// All counters zero.
    public init(eventsProcessed: UInt64 = 0, eventsEmitted: UInt64 = 0, errors: UInt64 = 0, snapshotsTaken: UInt64 = 0)
    {
        self.eventsProcessed = eventsProcessed
        self.eventsEmitted = eventsEmitted
        self.errors = errors
        self.snapshotsTaken = snapshotsTaken
    }
}
