/// Runs one `MeshDaemon`: keeps its causal chain and observed horizon and chains its outputs
/// (spec §4.2), with #153, #154, #162 and #170 applied.
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
    /// #153 further fix: `horizon.encode()` depends only on the key set, and keys are only ever
    /// added between restores, so the key count identifies the key set the cached value covers.
    /// -1 = not computed. `restore` resets it.
    @exclusivity(unchecked) private var encodedKeyCount = -1
    @exclusivity(unchecked) private var encodedHorizon: UInt64 = 0
    /// How many times this host ran `horizon.encode()`, for tests of #153 (package-visible, not API).
    /// Counted where the encode runs, off the no-output path, so that path pays nothing for it.
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

    // #170: `event` is borrowed (+0): the host neither copies nor retains the inbound event.
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
        // #153: nothing to attach a horizon to; return before the encode and the chain. An empty
        // array literal is the shared empty storage, so this path allocates nothing.
        if outputs.isEmpty { return [] }
        let horizonEncoded = currentEncodedHorizon()
        // #162: one wall-clock read per delivery, shared by all of its outputs.
        let receivedAt = clock.nanosecondsSinceEpoch()
        var events: [CausalEvent] = []
        events.reserveCapacity(outputs.count)
        for payload in outputs {
            guard let event = chain.append(payload, horizonEncoded: horizonEncoded, receivedAt: receivedAt) else {
                throw .processFailed("causal sequence overflow")
            }
            stats.eventsEmitted += 1
            events.append(event)
        }
        return events
    }

    /// `horizon.encode()`, recomputed only when a new origin joined the key set.
    private func currentEncodedHorizon() -> UInt64 {
        let keyCount = horizon.entityCount
        if keyCount != encodedKeyCount {
            encodedHorizon = horizon.encode()
            encodedKeyCount = keyCount
            horizonEncodeCount &+= 1
        }
        return encodedHorizon
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
        encodedKeyCount = -1
    }
}
