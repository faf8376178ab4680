/// The daemon hosts of one node, keyed by origin hash.
///
/// Shared by both runtimes: it has no audit cost. Single-owner like the groups that use it
/// (mutations need exclusive access, no internal lock).
public final class DaemonRegistry {
    private var hosts: [UInt64: any DaemonHosting] = [:]

    /// An empty registry.
    public init() {}

    /// Adds `host` under its origin hash.
    /// - Throws: `DaemonError.processFailed` when that origin is already registered.
    public func register(_ host: any DaemonHosting) throws(DaemonError) {
        let origin = host.originHash
        guard hosts[origin] == nil else {
            throw .processFailed("daemon 0x\(String(origin, radix: 16)) already registered")
        }
        hosts[origin] = host
    }

    /// Puts `host` under its origin hash, replacing any host there, in one step.
    public func replace(_ host: any DaemonHosting) {
        hosts[host.originHash] = host
    }

    /// Removes the host at `originHash`.
    /// - Throws: `DaemonError.notFound` when none is registered.
    public func unregister(_ originHash: UInt64) throws(DaemonError) {
        guard hosts.removeValue(forKey: originHash) != nil else { throw .notFound(originHash) }
    }

    /// True when a host is registered at `originHash`.
    public func contains(_ originHash: UInt64) -> Bool { hosts[originHash] != nil }

    /// Number of registered hosts.
    public var count: Int { hosts.count }

    /// The host at `originHash`, if any.
    public func host(for originHash: UInt64) -> (any DaemonHosting)? { hosts[originHash] }

    /// Delivers `event` to the host at `originHash`.
    /// - Throws: `DaemonError.notFound`, or whatever the host's `deliver` throws.
    public func deliver(to originHash: UInt64, _ event: CausalEvent) throws(DaemonError) -> [CausalEvent] {
        guard let host = hosts[originHash] else { throw .notFound(originHash) }
        return try host.deliver(event)
    }

    /// Stats of the host at `originHash`.
    /// - Throws: `DaemonError.notFound`.
    public func stats(for originHash: UInt64) throws(DaemonError) -> DaemonStats {
        guard let host = hosts[originHash] else { throw .notFound(originHash) }
        return host.stats
    }

    /// Registered origin hashes with their daemon names, ascending by origin.
    public func list() -> [(originHash: UInt64, name: String)] {
        hosts.keys.sorted().map { ($0, hosts[$0]!.name) }
    }
}
