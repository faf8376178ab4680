/// Host settings; stored but not consulted by `deliver` (spec §4.1).
public struct DaemonHostConfig: Sendable, Equatable {
    /// Events between automatic snapshots; 0 = manual only.
    public var autoSnapshotInterval: UInt64
    /// Events to buffer before forcing a snapshot.
    public var maxLogEntries: UInt32

    public init(autoSnapshotInterval: UInt64 = 0, maxLogEntries: UInt32 = 10_000) {
        self.autoSnapshotInterval = autoSnapshotInterval
        self.maxLogEntries = maxLogEntries
    }
}
