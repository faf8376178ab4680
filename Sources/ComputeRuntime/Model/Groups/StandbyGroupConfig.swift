/// How to build a standby group (spec §3.3).
public struct StandbyGroupConfig: Sendable, Equatable {
    /// Total members: one active plus `memberCount - 1` standbys; at least 2.
    public var memberCount: UInt8
    /// The 32-byte seed every member's keypair derives from (the replica derivation).
    public var groupSeed: [UInt8]
    public var hostConfig: DaemonHostConfig

    /// A config for `memberCount` members seeded with `groupSeed` (32 bytes).
    public init(memberCount: UInt8, groupSeed: [UInt8], hostConfig: DaemonHostConfig = DaemonHostConfig()) {
        self.memberCount = memberCount
        self.groupSeed = groupSeed
        self.hostConfig = hostConfig
    }
}

/// A standby-group member's role.
public enum MemberRole: Sendable, Equatable {
    /// Processes events and produces output.
    case active
    /// Holds snapshots of the active, ready to be promoted.
    case standby
}
