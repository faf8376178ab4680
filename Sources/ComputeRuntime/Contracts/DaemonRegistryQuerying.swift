/// The one question `GroupCoordinator.onNodeRecovery` asks of the daemon registry (spec §3.2).
public protocol DaemonRegistryQuerying {
    /// Whether a daemon with chain origin `originHash` is registered.
    func contains(_ originHash: UInt64) -> Bool
}
