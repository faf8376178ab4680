/// The daemon-host surface both runtimes implement (spec §4.1–§4.2), so workloads, the registry
/// and parity tests can be generic over it.
///
/// Hosts are single-owner: mutating calls need exclusive access, there is no internal lock.
public protocol DaemonHosting: AnyObject {
    /// A host at genesis for `identity.originHash`, with an empty horizon and zero stats.
    init(daemon: any MeshDaemon, identity: DaemonIdentity, config: DaemonHostConfig, clock: WallClock)

    /// A host whose chain starts at `forkGenesis` (see `CausalLink.forkGenesis`).
    /// - Throws: `DaemonError.processFailed` when the link's origin is not `identity.originHash`.
    static func fromFork(
        daemon: any MeshDaemon, identity: DaemonIdentity, forkGenesis: CausalLink, config: DaemonHostConfig,
        clock: WallClock
    ) throws(DaemonError) -> Self

    /// A host rebuilt from `snapshot`: the daemon restores its state, the chain continues from the
    /// snapshot head, the horizon is copied, stats start at zero.
    /// - Throws: `DaemonError.restoreFailed` for another entity's snapshot or a failed daemon restore.
    static func fromSnapshot(
        daemon: any MeshDaemon, identity: DaemonIdentity, snapshot: DaemonSnapshot, config: DaemonHostConfig,
        clock: WallClock
    ) throws(DaemonError) -> Self

    /// Observes the event in the horizon, runs the daemon, and chains each output payload (spec §4.2).
    /// - Returns: the output events, in the daemon's order, all carrying the same encoded horizon.
    /// - Throws: the daemon's `DaemonError` (counted in `errors`), or `processFailed("causal sequence overflow")`.
    func deliver(_ event: CausalEvent) throws(DaemonError) -> [CausalEvent]

    /// The daemon's state with the chain head and horizon, or nil for a stateless daemon.
    func takeSnapshot() -> DaemonSnapshot?

    /// Replaces daemon state, chain head and horizon from `snapshot`, in place; identity and stats stay.
    /// - Throws: the daemon's `DaemonError` from `restore`.
    func restore(from snapshot: DaemonSnapshot) throws(DaemonError)

    var identity: DaemonIdentity { get }
    /// The daemon's name.
    var name: String { get }
    var stats: DaemonStats { get }
    /// The chain head.
    var headLink: CausalLink { get }
    /// The horizon of everything delivered so far.
    var horizon: ObservedHorizon { get }
}

extension DaemonHosting {
    /// A host at genesis with the default config and the system wall clock.
    public init(daemon: any MeshDaemon, identity: DaemonIdentity) {
        self.init(daemon: daemon, identity: identity, config: DaemonHostConfig(), clock: .system)
    }

    /// The chain origin and registry key.
    public var originHash: UInt64 { identity.originHash }
    /// The 32-byte entity id.
    public var entityID: NodeID { identity.entityID }
    /// The head's sequence: 0 at genesis, +1 per emitted event.
    public var sequence: UInt64 { headLink.sequence }

    /// A host rebuilt from `snapshot`, written once for both runtimes: a fresh host restored in place.
    ///
    /// - Throws: `DaemonError.restoreFailed` for another entity's snapshot, or the daemon's error from `restore`.
    public static func fromSnapshot(
        daemon: any MeshDaemon, identity: DaemonIdentity, snapshot: DaemonSnapshot, config: DaemonHostConfig,
        clock: WallClock
    ) throws(DaemonError) -> Self {
        guard snapshot.entityID == identity.entityID else {
            throw .restoreFailed(
                "snapshot entity \(snapshot.entityID) does not match keypair entity \(identity.entityID)")
        }
        let host = Self(daemon: daemon, identity: identity, config: config, clock: clock)
        try host.restore(from: snapshot)
        return host
    }

    /// The check both hosts' `fromFork` make before building anything: `forkGenesis` must carry
    /// `identity`'s origin.
    ///
    /// - Throws: `DaemonError.processFailed` naming both origins in hex.
    package static func requireForkOrigin(of forkGenesis: CausalLink, matching identity: DaemonIdentity)
        throws(DaemonError)
    {
        guard forkGenesis.originHash == identity.originHash else {
            throw .processFailed(
                "fork chain origin 0x\(String(forkGenesis.originHash, radix: 16)) does not match keypair origin "
                    + "0x\(String(identity.originHash, radix: 16))")
        }
    }
}
