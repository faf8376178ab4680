/// How to build a fork group (spec §3.3).
public struct ForkGroupConfig: Sendable, Equatable {
    /// Number of forks; must be positive.
    public var forkCount: UInt8
    /// Strategy of the load balancer that routes events to forks.
    public var lbStrategy: Strategy
    public var hostConfig: DaemonHostConfig

    /// A config for `forkCount` forks.
    public init(forkCount: UInt8, lbStrategy: Strategy = .roundRobin, hostConfig: DaemonHostConfig = DaemonHostConfig())
    {
        self.forkCount = forkCount
        self.lbStrategy = lbStrategy
        self.hostConfig = hostConfig
    }
}
