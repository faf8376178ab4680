import ComputeRuntime

/// The legacy runtime's standby group: the shared composition over the legacy coordinator and host.
public typealias StandbyGroup = StandbyGroupCore<GroupCoordinator, DaemonHost>
