import Synchronization

/// The live state of one registered endpoint, shared by reference (spec §1.4), with every
/// hot-path field an atomic.
// @unchecked: every field is a constant or an atomic; the metrics box is freed only after a grace period.
final class EndpointState: @unchecked Sendable {
    let nodeID: NodeID
    let weight: UInt32
    let tags: [String]
    let zone: String?
    let priority: UInt32
    /// No API changes it after construction, so a plain constant.
    let enabled: Bool
    let clock: MonotonicClock

    private let healthRaw: Atomic<UInt8>
    /// #149: an atomically swapped pointer to an immutable, heap-boxed `LoadMetrics` and its load
    /// score. Readers load it inside a `SnapshotReclamation` read section and read fields in place
    /// (no copy, no lock); `replaceMetrics` returns the old box for the writer to free after a grace
    /// period.
    private let metricsBox: Atomic<MetricsBox>
    let connections = Atomic<UInt32>(0)
    /// Never read (parity).
    let failedRequests = Atomic<UInt64>(0)
    let consecutiveFailures = Atomic<UInt32>(0)
    let circuitOpen = Atomic<Bool>(false)
    /// Clock nanoseconds when the circuit opened; `notOpened` stands for "none".
    let circuitOpenTime = Atomic<UInt64>(EndpointState.notOpened)
    let halfOpenProbe = Atomic<Bool>(false)
    /// #148: set when this state leaves the table (removed, or replaced by a re-add), so a selector
    /// still reading an older snapshot never reserves it.
    let removed = Atomic<Bool>(false)
    /// #148 fast path: this state's share of the balancer's `FastPathBlockers` totals for the
    /// connection cap and the circuit, as two biased 16-bit fields, plus a detached bit set when the
    /// state leaves the table. A transition first updates this word (unless detached), then the
    /// balancer's total; detaching subtracts exactly the word's fields at that instant. So a
    /// transition racing with a removal is counted either in both places or in neither, and the
    /// totals are exact whenever no operation is in flight.
    private let ledger = Atomic<UInt64>(EndpointState.ledgerZero)

    static let notOpened = UInt64.max
    private static let ledgerBias: UInt64 = 0x8000
    private static let ledgerZero: UInt64 = ledgerBias | ledgerBias << 16
    private static let ledgerDetached: UInt64 = 1 << 63

    init(_ endpoint: Endpoint, clock: MonotonicClock) {
        nodeID = endpoint.nodeID
        weight = endpoint.weight
        tags = endpoint.tags
        zone = endpoint.zone
        priority = endpoint.priority
        enabled = endpoint.enabled
        self.clock = clock
        healthRaw = Atomic(Self.encode(endpoint.health))
        let box = MetricsBox.allocate(capacity: 1)
        box.initialize(to: PublishedMetrics(endpoint.metrics))
        metricsBox = Atomic(box)
    }

    deinit {
        let box = metricsBox.load(ordering: .acquiring)
        box.deinitialize(count: 1)
        box.deallocate()
    }

    private static func encode(_ health: HealthStatus) -> UInt8 {
        switch health {
        case .healthy: 0
        case .degraded: 1
        case .unhealthy: 2
        case .unknown: 3
        }
    }

    var health: HealthStatus {
        switch healthRaw.load(ordering: .acquiring) {
        case 0: .healthy
        case 1: .degraded
        case 2: .unhealthy
        default: .unknown
        }
    }

    func setHealth(_ health: HealthStatus) {
        healthRaw.store(Self.encode(health), ordering: .releasing)
    }

    /// The current metrics; valid until the end of the caller's read section.
    @inline(__always)
    var metrics: UnsafePointer<LoadMetrics> {
        UnsafePointer(metricsBox.load(ordering: .sequentiallyConsistent)).pointer(to: \.metrics)!
    }

    /// #149: the score of the published metrics, read in place. It is computed once, when the metrics
    /// are published, instead of on every select and for every least-load candidate (about 25
    /// instructions each time, two of them divisions: callgrind measured select + complete 659 → 636
    /// instructions, least load over 100 endpoints 5 174 → 2 632). The box is immutable, so the score
    /// cannot go stale.
    @inline(__always)
    func loadScore() -> Double {
        metricsBox.load(ordering: .sequentiallyConsistent).pointee.loadScore
    }

    /// Publishes `newMetrics`; returns the previous box, which the caller frees after `synchronize()`.
    func replaceMetrics(_ newMetrics: LoadMetrics) -> MetricsBox {
        let box = MetricsBox.allocate(capacity: 1)
        box.initialize(to: PublishedMetrics(newMetrics))
        return metricsBox.exchange(box, ordering: .sequentiallyConsistent)
    }

    @inline(__always)
    func effectiveWeight() -> Double {
        enabled ? Double(weight) * health.weightMultiplier : 0.0
    }

    /// #160: the effective weight in quarter units, exactly: `effectiveWeight() == Double(weightQuarters) / 4`.
    /// Every health multiplier (1, 0.5, 0, 0.25) is a whole number of quarters.
    @inline(__always)
    var weightQuarters: UInt64 {
        enabled ? UInt64(weight) &* health.quartersPerWeightUnit : 0
    }

    /// Availability from configuration and health alone (the fast path's "unavailable" total).
    @inline(__always)
    var canReceiveTraffic: Bool {
        enabled && health.canReceiveTraffic
    }

    /// #148: a removed state is never available.
    @inline(__always)
    func isAvailable() -> Bool {
        !removed.load(ordering: .acquiring) && enabled && health.canReceiveTraffic
    }

    /// Pure predicate (spec §1.4).
    @inline(__always)
    func isCircuitOpen(recoveryNanoseconds: UInt64) -> Bool {
        guard circuitOpen.load(ordering: .sequentiallyConsistent) else { return false }
        let openedAt = circuitOpenTime.load(ordering: .sequentiallyConsistent)
        if openedAt == Self.notOpened { return true }
        let now = clock.nanoseconds()
        let elapsed = now >= openedAt ? now - openedAt : 0
        if elapsed < recoveryNanoseconds { return true }
        return halfOpenProbe.load(ordering: .sequentiallyConsistent)
    }

    /// Reserves one connection unless the cap is reached.
    /// #155: no timestamp, no lock, no clock read.
    /// #148 fast path: the reservation that fills the last slot is recorded in the ledger; the
    /// returned change is what the balancer adds to its totals.
    @inline(__always)
    func tryRecordRequest(maxConnections: UInt32) -> (reserved: Bool, change: BlockerChange) {
        var current = connections.load(ordering: .relaxed)
        while true {
            if current >= maxConnections { return (false, BlockerChange()) }
            let (exchanged, original) = connections.weakCompareExchange(
                expected: current, desired: current + 1, ordering: .sequentiallyConsistent)
            if exchanged { break }
            current = original
        }
        // #155: legacy's `totalRequests += 1` is gone with `lastSelected`: never read, one locked
        // instruction per reservation.
        if current + 1 < maxConnections { return (true, BlockerChange()) }
        return (true, recordInLedger(BlockerChange(atCapacity: 1)))
    }

    /// Releases a reservation and feeds the circuit breaker (spec §1.4). Returns the fast-path
    /// blocker change (leaving the cap, circuit opened or closed) for the balancer's totals.
    func recordCompletion(success: Bool, maxConnections: UInt32) -> BlockerChange {
        var current = connections.load(ordering: .relaxed)
        while true {
            let next = current == 0 ? 0 : current - 1
            let (exchanged, original) = connections.weakCompareExchange(
                expected: current, desired: next, ordering: .sequentiallyConsistent)
            if exchanged { break }
            current = original
        }
        var change = BlockerChange()
        if current > 0, current >= maxConnections, current - 1 < maxConnections { change.atCapacity = -1 }
        // A plain load first keeps the common no-probe path free of a locked exchange.
        if halfOpenProbe.load(ordering: .sequentiallyConsistent),
            halfOpenProbe.exchange(false, ordering: .sequentiallyConsistent)
        {
            if success {
                // An exchange (legacy stores): only a real open → closed flip leaves the totals.
                if circuitOpen.exchange(false, ordering: .sequentiallyConsistent) { change.circuitOpen = -1 }
                consecutiveFailures.store(0, ordering: .sequentiallyConsistent)
                circuitOpenTime.store(Self.notOpened, ordering: .sequentiallyConsistent)
            } else {
                failedRequests.wrappingAdd(1, ordering: .relaxed)
                circuitOpenTime.store(clock.nanoseconds(), ordering: .sequentiallyConsistent)
            }
            return recordInLedger(change)
        }
        if success {
            if consecutiveFailures.load(ordering: .relaxed) != 0 {
                consecutiveFailures.store(0, ordering: .sequentiallyConsistent)
            }
            return recordInLedger(change)
        }
        failedRequests.wrappingAdd(1, ordering: .relaxed)
        let failures = consecutiveFailures.wrappingAdd(1, ordering: .sequentiallyConsistent).newValue
        if failures >= 5,
            circuitOpen.compareExchange(expected: false, desired: true, ordering: .sequentiallyConsistent).exchanged
        {
            circuitOpenTime.store(clock.nanoseconds(), ordering: .sequentiallyConsistent)
            change.circuitOpen = 1
        }
        return recordInLedger(change)
    }

    /// Adds `change` to the ledger; returns it, or no change when the state is detached (its share
    /// already left the balancer's totals).
    @inline(__always)
    func recordInLedger(_ change: BlockerChange) -> BlockerChange {
        if change.isEmpty { return change }
        var word = ledger.load(ordering: .relaxed)
        while true {
            if word & Self.ledgerDetached != 0 { return BlockerChange() }
            let capacity = (word &+ UInt64(bitPattern: Int64(change.atCapacity))) & 0xFFFF
            let circuit = ((word >> 16) &+ UInt64(bitPattern: Int64(change.circuitOpen))) & 0xFFFF
            let (exchanged, original) = ledger.compareExchange(
                expected: word, desired: capacity | circuit << 16, ordering: .sequentiallyConsistent)
            if exchanged { return change }
            word = original
        }
    }

    /// Marks the ledger detached; returns its share, to subtract from the balancer's totals.
    func detachLedger() -> BlockerChange {
        let word = ledger.bitwiseOr(Self.ledgerDetached, ordering: .sequentiallyConsistent).oldValue
        if word & Self.ledgerDetached != 0 { return BlockerChange() }
        return BlockerChange(
            atCapacity: Int(word & 0xFFFF) - Int(Self.ledgerBias),
            circuitOpen: Int((word >> 16) & 0xFFFF) - Int(Self.ledgerBias))
    }

    /// The public value rebuilt from live state (inside a read section).
    func materialize() -> Endpoint {
        var endpoint = Endpoint(nodeID)
        endpoint.weight = weight
        endpoint.health = health
        endpoint.metrics = metrics.pointee
        endpoint.tags = tags
        endpoint.priority = priority
        endpoint.enabled = enabled
        endpoint.zone = zone
        return endpoint
    }
}

extension HealthStatus {
    /// `weightMultiplier` in quarters (4 × the multiplier), so weight totals can be kept as integers.
    @inline(__always)
    var quartersPerWeightUnit: UInt64 {
        switch self {
        case .healthy: 4
        case .degraded: 2
        case .unhealthy: 0
        case .unknown: 1
        }
    }
}

/// One endpoint's published metrics with their load score (#149), immutable once published.
struct PublishedMetrics {
    let metrics: LoadMetrics
    /// `metrics.loadScore()`, evaluated when the box is built.
    let loadScore: Double

    init(_ metrics: LoadMetrics) {
        self.metrics = metrics
        loadScore = metrics.loadScore()
    }
}

/// The heap box an `EndpointState` publishes its metrics in.
typealias MetricsBox = UnsafeMutablePointer<PublishedMetrics>
