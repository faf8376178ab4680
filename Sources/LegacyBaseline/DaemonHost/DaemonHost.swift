import ComputeRuntime

/// Runs one `MeshDaemon`: keeps its causal chain and observed horizon and chains its outputs
/// (spec §4.2), as before the audit.
///
/// Single-owner: mutating calls need exclusive access.
public final class DaemonHost: DaemonHosting {
    public let identity: DaemonIdentity
    public let config: DaemonHostConfig
    // A host is single-owner (spec §0.6): no two accesses to its state can overlap, so the
    // dynamic exclusivity checks Swift adds to class properties (a thread-local access-set insert
    // per access, about a third of a no-output delivery) guard nothing here. The original has no
    // such cost (Rust checks borrows statically), so both runtimes drop it alike.
    @exclusivity(unchecked) public private(set) var stats = DaemonStats()
    @exclusivity(unchecked) public private(set) var horizon = ObservedHorizon()
    private let daemon: any MeshDaemon
    private let clock: WallClock
    @exclusivity(unchecked) private var chain: CausalChainBuilder
    /// How many times this host ran `horizon.encode()`, for tests of #153 (package-visible, not API).
    /// The one cost here the original does not have: an add beside each encode, which itself is one
    /// XXH3 per known origin.
    @exclusivity(unchecked) package private(set) var horizonEncodeCount = 0

    public init(daemon: any MeshDaemon, identity: DaemonIdentity, config: DaemonHostConfig, clock: WallClock) {
        self.daemon = daemon
        self.identity = identity
        self.config = config
        self.clock = clock
        chain = CausalChainBuilder(originHash: identity.originHash, clock: clock)
    }

    public static func fromFork(
        daemon: any MeshDaemon, identity: DaemonIdentity, forkGenesis: CausalLink, config: DaemonHostConfig,
        clock: WallClock
    ) throws(DaemonError) -> DaemonHost {
        try requireForkOrigin(of: forkGenesis, matching: identity)
        let host = DaemonHost(daemon: daemon, identity: identity, config: config, clock: clock)
        host.chain = .fromHead(forkGenesis, payload: [], clock: clock)
        return host
    }

    public var name: String { daemon.name }

    public var headLink: CausalLink { chain.head }

    /// The head event's payload (empty at genesis).
    public var headPayload: [UInt8] { chain.headPayload }

    public func deliver(_ event: CausalEvent) throws(DaemonError) -> [CausalEvent] {
        horizon.observe(origin: event.link.originHash, sequence: event.link.sequence)
        let outputs: [[UInt8]]
        do throws(DaemonError) {
            outputs = try daemon.process(event)
        } catch {
            stats.errors += 1
            throw error
        }
        stats.eventsProcessed += 1
        // #153 legacy cost: kept on purpose — the horizon is encoded (one XXH3 per known origin)
        // on every delivery, even when the daemon returned no outputs to attach it to.
        let horizonEncoded = horizon.encode()
        horizonEncodeCount &+= 1
        var events: [CausalEvent] = []
        events.reserveCapacity(outputs.count)
        for payload in outputs {
            // #154 and #162 legacy costs live in `append`: concatenate-then-hash, one clock read per output.
            guard let event = chain.append(payload, horizonEncoded: horizonEncoded) else {
                throw .processFailed("causal sequence overflow")
            }
            stats.eventsEmitted += 1
            events.append(event)
        }
        return events
    }

    public func takeSnapshot() -> DaemonSnapshot? {
        guard let state = daemon.snapshot() else { return nil }
        return DaemonSnapshot(
            entityID: identity.entityID, chainLink: chain.head, state: state, horizon: horizon,
            headPayload: chain.headPayload)
    }

    public func restore(from snapshot: DaemonSnapshot) throws(DaemonError) {
        try daemon.restore(snapshot.state)
        chain = .fromHead(snapshot.chainLink, payload: snapshot.headPayload ?? snapshot.state, clock: clock)
        horizon = snapshot.horizon
    }
}
