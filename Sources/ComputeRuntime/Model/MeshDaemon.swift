/// An event processor hosted by a `DaemonHost` (spec §4.1): it sees events and returns payloads;
/// the host owns the chain and the horizon.
///
/// Placement requirements (`requirements()`, capability sets) are the scheduler's concern and are
/// not part of this protocol: `deliver` never consults them.
public protocol MeshDaemon: AnyObject {
    /// Human-readable name.
    var name: String { get }
    /// Processes one inbound event; returns 0…n output payloads, in order.
    /// - Throws: `DaemonError`, counted by the host in `errors`.
    func process(_ event: CausalEvent) throws(DaemonError) -> [[UInt8]]
    /// Serialized state, or nil for a stateless daemon.
    func snapshot() -> [UInt8]?
    /// Whether the daemon carries state a migration must preserve.
    var isStateful: Bool { get }
    /// Restores state produced by `snapshot()`.
    /// - Throws: `DaemonError.restoreFailed` (by default when a stateless daemon gets non-empty state).
    func restore(_ state: [UInt8]) throws(DaemonError)
}

extension MeshDaemon {
    public func snapshot() -> [UInt8]? { nil }

    public var isStateful: Bool { false }

    public func restore(_ state: [UInt8]) throws(DaemonError) {
        if !isStateful && !state.isEmpty {
            throw .restoreFailed(
                "stateless daemon (is_stateful=false) cannot restore \(state.count)-byte snapshot — "
                    + "override is_stateful() + restore() if this daemon is actually stateful")
        }
    }
}
