/// The fixed runtime's replica group: its coordinator (#152, #158, #167) and daemon host.
public typealias ReplicaGroup = ReplicaGroupCore<GroupCoordinator, DaemonHost>
