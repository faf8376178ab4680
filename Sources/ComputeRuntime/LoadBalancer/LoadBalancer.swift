import Synchronization

/// The load balancer with audit items #148–#169 applied (spec §1 behavior, §6 changes).
///
/// Selection reads an immutable `EndpointTable` snapshot through an atomic pointer inside a
/// `SnapshotReclamation` read section: no lock, no reference counting, no allocation per select.
/// Membership changes (add/remove) are serialized by `membership`, build a new snapshot (states in
/// insertion order, id index, sorted ring), publish it with one atomic exchange, wait for a grace
/// period and free the old one. A state leaving the table is flagged `removed` first, so a selector
/// still on the old snapshot skips it.
///
/// #148 fast path: exact totals of the endpoints the per-endpoint filter could exclude
/// (`FastPathBlockers`) let `select` skip the filter when all are zero and no tag is required; the
/// candidates are then the whole snapshot or one zone's precomputed list, with identical results.
public final class LoadBalancer: LoadBalancing {
    struct Membership {
        var states: [EndpointState] = []
        var positions: [NodeID: Int] = [:]
        var ring = ConsistentHashRing()
    }

    let config: LoadBalancerConfig
    let clock: MonotonicClock
    let random: RandomNumbers
    let rrCounter = Atomic<UInt64>(0)
    let totalSelections = Atomic<UInt64>(0)
    let failedSelections = Atomic<UInt64>(0)
    let recoveryNanoseconds: UInt64
    /// Only consistent hash and adaptive read the ring; other strategies skip building it.
    let usesRing: Bool
    let reclamation = SnapshotReclamation()
    /// #148: serializes "mutate membership + rebuild ring + publish snapshot"; never taken by select.
    let membership = Mutex(Membership())
    /// The address of the published `EndpointTable`, retained once (`Unmanaged.passRetained`).
    let published: Atomic<UInt>
    /// #160: Σ effective weight over every registered endpoint, in quarter units (`weightQuarters`),
    /// maintained under `membership` by adding each change's delta: O(1) per health change. An integer
    /// sum has no rounding, so the order of the updates cannot matter; see `candidateWeightTotal` for
    /// why it converts to the legacy left-to-right `Double` sum bit for bit. Valid for a select only
    /// when all endpoints are candidates.
    let totalWeightQuarters = Atomic<UInt64>(0)
    /// #148 fast path (`FastPathBlockers`): registered endpoints that are disabled/unhealthy/unknown
    /// (maintained under `membership`), whose circuit is open, and whose connections are at the cap
    /// (maintained by the transitions, through each state's ledger). Exact when nothing is in flight.
    let unavailableCount = Atomic<Int>(0)
    let circuitOpenCount = Atomic<Int>(0)
    let atCapacityCount = Atomic<Int>(0)
    /// #148 filtered path: bumped after every transition that can change a filter exclusion (an
    /// availability change, a reservation filling the last slot or a completion freeing it, a
    /// circuit opening or closing) and every membership change. A snapshot's `ExclusionCache` is
    /// valid only while this still holds the value it was computed under.
    let exclusionVersion = Atomic<UInt64>(0)

    public init(config: LoadBalancerConfig, clock: MonotonicClock, random: RandomSource) {
        self.config = config
        self.clock = clock
        self.random = RandomNumbers(random)
        let (product, overflow) = config.circuitRecoveryTimeMs.multipliedReportingOverflow(by: 1_000_000)
        recoveryNanoseconds = overflow ? .max : product
        usesRing = config.strategy == .consistentHash || config.strategy == .adaptive
        let empty = EndpointTable(
            states: [], ringKeys: .allocate(capacity: 0), ringPositions: .allocate(capacity: 0))
        published = Atomic(UInt(bitPattern: Unmanaged.passRetained(empty).toOpaque()))
    }

    deinit {
        Self.table(at: published.load(ordering: .acquiring)).release()
    }

    @inline(__always)
    static func table(at address: UInt) -> Unmanaged<EndpointTable> {
        Unmanaged.fromOpaque(UnsafeRawPointer(bitPattern: address).unsafelyUnwrapped)
    }

    /// Runs `body` on the current snapshot inside a read section.
    @inline(__always)
    func withSnapshot<R, E: Error>(_ body: (EndpointTable) throws(E) -> R) throws(E) -> R {
        let token = reclamation.enter()
        defer { reclamation.exit(token) }
        // `_withUnsafeGuaranteedRef` lends the table without a retain/release pair (a plain
        // `takeUnretainedValue()` retained it in release builds); it takes no throwing closure, so
        // the error travels out as a `Result`.
        let result: Result<R, E> = Self.table(at: published.load(ordering: .sequentiallyConsistent))
            ._withUnsafeGuaranteedRef {
                table in
                do throws(E) {
                    return .success(try body(table))
                } catch {
                    return .failure(error)
                }
            }
        return try result.get()
    }

    /// Publishes `table` and frees the previous snapshot after a grace period. Call under `membership`.
    private func publish(_ table: EndpointTable) {
        let old = published.exchange(
            UInt(bitPattern: Unmanaged.passRetained(table).toOpaque()), ordering: .sequentiallyConsistent)
        // Selectors still on the old snapshot must not trust its cache with a removed endpoint in it.
        exclusionVersion.wrappingAdd(1, ordering: .releasing)
        reclamation.synchronize()
        Self.table(at: old).release()
    }

    private var currentTable: EndpointTable {
        Self.table(at: published.load(ordering: .acquiring)).takeUnretainedValue()
    }

    /// Adds a state's blocker change to the totals, and retires the cached filter exclusions.
    @inline(__always)
    func apply(_ change: BlockerChange) {
        if change.isEmpty { return }
        if change.atCapacity != 0 { atCapacityCount.wrappingAdd(change.atCapacity, ordering: .sequentiallyConsistent) }
        if change.circuitOpen != 0 {
            circuitOpenCount.wrappingAdd(change.circuitOpen, ordering: .sequentiallyConsistent)
        }
        // After the state changed: a selector that sees the new version also sees the new state.
        exclusionVersion.wrappingAdd(1, ordering: .releasing)
    }

    /// Counts a state joining the table in the fast-path totals and the #160 weight total (before it
    /// is published).
    private func attach(_ state: EndpointState) {
        totalWeightQuarters.wrappingAdd(state.weightQuarters, ordering: .releasing)
        if !state.canReceiveTraffic { unavailableCount.wrappingAdd(1, ordering: .sequentiallyConsistent) }
        // A zero cap excludes every endpoint from the start.
        if config.maxConnectionsPerEndpoint == 0 { apply(state.recordInLedger(BlockerChange(atCapacity: 1))) }
    }

    /// Takes a state leaving the table (already flagged `removed`) out of the fast-path totals and the
    /// #160 weight total. Its health only changes under `membership`, so its quarters are exactly
    /// what `attach` and the health updates added.
    private func detach(_ state: EndpointState) {
        totalWeightQuarters.wrappingSubtract(state.weightQuarters, ordering: .releasing)
        if !state.canReceiveTraffic { unavailableCount.wrappingSubtract(1, ordering: .sequentiallyConsistent) }
        let share = state.detachLedger()
        apply(BlockerChange(atCapacity: -share.atCapacity, circuitOpen: -share.circuitOpen))
    }

    /// The fast-path totals as maintained (tests compare them with `recountedFastPathBlockers`).
    package var fastPathBlockers: FastPathBlockers {
        FastPathBlockers(
            unavailable: unavailableCount.load(ordering: .sequentiallyConsistent),
            circuitOpen: circuitOpenCount.load(ordering: .sequentiallyConsistent),
            atCapacity: atCapacityCount.load(ordering: .sequentiallyConsistent))
    }

    /// The #160 weight total as maintained, in quarters (tests compare it with `recountedWeightQuarters`).
    package var maintainedWeightQuarters: UInt64 {
        totalWeightQuarters.load(ordering: .acquiring)
    }

    /// The #160 weight total recounted by walking the current snapshot, in quarters.
    package var recountedWeightQuarters: UInt64 {
        withSnapshot { table in
            var quarters: UInt64 = 0
            for position in 0..<table.count {
                quarters &+= table.state(at: position)._withUnsafeGuaranteedRef { $0.weightQuarters }
            }
            return quarters
        }
    }

    /// The fast-path totals recounted by walking the current snapshot.
    package var recountedFastPathBlockers: FastPathBlockers {
        withSnapshot { table in
            var blockers = FastPathBlockers(unavailable: 0, circuitOpen: 0, atCapacity: 0)
            for position in 0..<table.count {
                table.state(at: position)._withUnsafeGuaranteedRef { state in
                    if !state.canReceiveTraffic { blockers.unavailable += 1 }
                    if state.circuitOpen.load(ordering: .sequentiallyConsistent) { blockers.circuitOpen += 1 }
                    if state.connections.load(ordering: .sequentiallyConsistent) >= config.maxConnectionsPerEndpoint {
                        blockers.atCapacity += 1
                    }
                }
            }
            return blockers
        }
    }

    public func addEndpoint(_ endpoint: Endpoint) {
        let state = EndpointState(endpoint, clock: clock)
        membership.withLock { members in
            let position: Int
            attach(state)
            if let existing = members.positions[endpoint.nodeID] {
                members.states[existing].removed.store(true, ordering: .releasing)
                detach(members.states[existing])
                members.states[existing] = state
                position = existing
            } else {
                position = members.states.count
                members.positions[endpoint.nodeID] = position
                members.states.append(state)
            }
            let old = currentTable
            let ring: (UnsafeMutableBufferPointer<UInt64>, UnsafeMutableBufferPointer<UInt32>)
            if usesRing {
                let touched = members.ring.add(endpoint.nodeID)
                ring = ConsistentHashRing.merging(
                    keys: old.ringKeys, positions: old.ringPositions, touchedKeys: touched, owner: position)
            } else {
                ring = ConsistentHashRing.copying(keys: old.ringKeys, positions: old.ringPositions)
            }
            publish(EndpointTable(states: members.states, ringKeys: ring.0, ringPositions: ring.1))
        }
    }

    public func removeEndpoint(_ id: NodeID) {
        membership.withLock { members in
            guard let position = members.positions.removeValue(forKey: id) else { return }
            let state = members.states.remove(at: position)
            state.removed.store(true, ordering: .releasing)
            detach(state)
            for later in position..<members.states.count {
                members.positions[members.states[later].nodeID] = later
            }
            if usesRing { members.ring.remove(id) }
            let old = currentTable
            let ring = ConsistentHashRing.removing(keys: old.ringKeys, positions: old.ringPositions, position: position)
            publish(EndpointTable(states: members.states, ringKeys: ring.0, ringPositions: ring.1))
        }
    }

    /// Sets the health of `id`'s endpoint; no-op if unknown.
    ///
    /// - Complexity: O(1): one probe of the published table's id index, and the change of this one
    ///   endpoint applied to the #160 weight total and the #148 unavailable count (#158).
    public func updateHealth(_ id: NodeID, _ health: HealthStatus) {
        // Under `membership`, which is also what orders these totals against a concurrent add or
        // remove of the same endpoint (`detach` subtracts what was added). The published table is
        // the membership's own view while the lock is held.
        membership.withLock { _ in
            Self.table(at: published.load(ordering: .acquiring))._withUnsafeGuaranteedRef { table in
                guard let position = table.position(of: id) else { return }
                table.state(at: position)._withUnsafeGuaranteedRef { state in
                    let wasAvailable = state.canReceiveTraffic
                    let oldQuarters = state.weightQuarters
                    state.setHealth(health)
                    // #160: the delta of this endpoint alone (wrapping: a decrease is a two's-complement add).
                    totalWeightQuarters.wrappingAdd(state.weightQuarters &- oldQuarters, ordering: .releasing)
                    if wasAvailable != state.canReceiveTraffic {
                        unavailableCount.wrappingAdd(wasAvailable ? 1 : -1, ordering: .sequentiallyConsistent)
                        exclusionVersion.wrappingAdd(1, ordering: .releasing)
                    }
                }
            }
        }
    }

    public func updateMetrics(_ id: NodeID, _ metrics: LoadMetrics) {
        let retired: MetricsBox? = withSnapshot { table in
            guard let position = table.position(of: id) else { return nil }
            return table.state(at: position)._withUnsafeGuaranteedRef { $0.replaceMetrics(metrics) }
        }
        guard let retired else { return }
        // #149: readers may still be reading the old box; free it after a grace period.
        reclamation.synchronize()
        retired.deinitialize(count: 1)
        retired.deallocate()
    }

    public func recordCompletion(_ id: NodeID, success: Bool) {
        withSnapshot { table in
            guard let position = table.position(of: id) else { return }
            let change = table.state(at: position)._withUnsafeGuaranteedRef {
                $0.recordCompletion(success: success, maxConnections: config.maxConnectionsPerEndpoint)
            }
            apply(change)
        }
    }

    public func stats() -> LoadBalancerStats {
        withSnapshot { table in
            var healthy: UInt32 = 0
            var connections: UInt64 = 0
            var scoreSum = 0.0
            for position in 0..<table.count {
                table.state(at: position)._withUnsafeGuaranteedRef { state in
                    if state.health == .healthy { healthy += 1 }
                    connections += UInt64(state.connections.load(ordering: .sequentiallyConsistent))
                    scoreSum += state.loadScore()
                }
            }
            return LoadBalancerStats(
                totalSelections: totalSelections.load(ordering: .sequentiallyConsistent),
                failedSelections: failedSelections.load(ordering: .sequentiallyConsistent),
                activeEndpoints: UInt32(table.count),
                healthyEndpoints: healthy,
                totalConnections: connections,
                avgLoadScore: table.count == 0 ? 0 : scoreSum / Double(table.count))
        }
    }

    public func endpoints() -> [Endpoint] {
        withSnapshot { table in
            (0..<table.count).map { table.state(at: $0)._withUnsafeGuaranteedRef { $0.materialize() } }
        }
    }

    public var endpointCount: Int {
        withSnapshot { $0.count }
    }

    /// The hash ring sorted by key (for tests comparing ring contents with legacy).
    public var ringEntries: [(key: UInt64, node: NodeID)] {
        withSnapshot { table in
            (0..<table.ringKeys.count).map { index in
                let node = table.state(at: Int(table.ringPositions[index]))._withUnsafeGuaranteedRef { $0.nodeID }
                return (key: table.ringKeys[index], node: node)
            }
        }
    }

    /// For the stale-snapshot test (#148): the current snapshot's states, retained by the caller.
    func snapshotStates() -> [EndpointState] {
        withSnapshot { $0.orderedStates }
    }
}

// MARK: - Half-open probe guard (spec §1.4; unused by select)

extension LoadBalancer {
    /// The live state registered for `id`, retained for the caller (a cold path).
    private func registeredState(_ id: NodeID) -> EndpointState? {
        withSnapshot { table in
            table.position(of: id).map { table.state(at: $0).takeUnretainedValue() }
        }
    }

    public func tryClaimHalfOpenProbe(_ id: NodeID) -> (any HalfOpenProbeClaim)? {
        registeredState(id).flatMap { EndpointProbeClaim(claiming: $0) }
    }

    public func releaseHalfOpenProbe(_ id: NodeID) {
        registeredState(id)?.halfOpenProbe.store(false, ordering: .sequentiallyConsistent)
    }

    public func isHalfOpenProbeInFlight(_ id: NodeID) -> Bool {
        registeredState(id)?.halfOpenProbe.load(ordering: .sequentiallyConsistent) ?? false
    }
}
