/// The one question `GroupCoordinator.onNodeRecovery` asks of the daemon registry (spec §3.2).
public protocol DaemonRegistryQuerying {
    /// Whether a daemon with chain origin `originHash` is registered.
    func contains(originHash: UInt64) -> Bool
}
