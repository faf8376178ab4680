/// The fixed runtime's standby group: its coordinator (#152, #158, #167) and daemon host.
public typealias StandbyGroup = StandbyGroupCore<GroupCoordinator, DaemonHost>
