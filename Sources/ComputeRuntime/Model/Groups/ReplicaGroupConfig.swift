/// How to build a replica group (spec §3.3).
public struct ReplicaGroupConfig: Sendable, Equatable {
    /// Desired number of replicas; must be positive.
    public var replicaCount: UInt8
    /// The 32-byte seed every replica's keypair derives from.
    public var groupSeed: [UInt8]
    /// Strategy of the load balancer that routes events to replicas.
    public var lbStrategy: Strategy
    public var hostConfig: DaemonHostConfig

    /// A config for `replicaCount` replicas seeded with `groupSeed` (32 bytes).
    public init(
        replicaCount: UInt8, groupSeed: [UInt8], lbStrategy: Strategy = .roundRobin,
        hostConfig: DaemonHostConfig = DaemonHostConfig()
    ) {
        self.replicaCount = replicaCount
        self.groupSeed = groupSeed
        self.lbStrategy = lbStrategy
        self.hostConfig = hostConfig
    }
}
