import ComputeRuntime

/// The legacy runtime's replica group: the shared composition over the legacy coordinator and host.
public typealias ReplicaGroup = ReplicaGroupCore<GroupCoordinator, DaemonHost>
