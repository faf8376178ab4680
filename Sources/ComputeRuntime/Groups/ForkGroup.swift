/// The fixed runtime's fork group: its coordinator (#152, #158, #167) and daemon host.
public typealias ForkGroup = ForkGroupCore<GroupCoordinator, DaemonHost>
