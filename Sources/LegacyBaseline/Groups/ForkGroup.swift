import ComputeRuntime

/// The legacy runtime's fork group: the shared composition over the legacy coordinator and host.
public typealias ForkGroup = ForkGroupCore<GroupCoordinator, DaemonHost>
