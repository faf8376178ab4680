import Synchronization

/// The live state of one registered endpoint, shared by reference (spec §1.4), with every
/// hot-path field an atomic.
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
    /// #149: an atomically swapped pointer to an immutable, heap-boxed `LoadMetrics`. Readers load it
    /// inside a `SnapshotReclamation` read section and read fields in place (no copy, no lock);
    /// `replaceMetrics` returns the old box for the writer to free after a grace period.
    private let metricsBox: Atomic<UnsafeMutablePointer<LoadMetrics>>
    let connections = Atomic<UInt32>(0)
    /// Never read (parity).
    let totalRequests = Atomic<UInt64>(0)
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

    static let notOpened = UInt64.max

    init(_ endpoint: Endpoint, clock: MonotonicClock) {
        nodeID = endpoint.nodeID
        weight = endpoint.weight
        tags = endpoint.tags
        zone = endpoint.zone
        priority = endpoint.priority
        enabled = endpoint.enabled
        self.clock = clock
        healthRaw = Atomic(Self.encode(endpoint.health))
        let box = UnsafeMutablePointer<LoadMetrics>.allocate(capacity: 1)
        box.initialize(to: endpoint.metrics)
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

    /// The current metrics box; valid until the end of the caller's read section.
    @inline(__always)
    var metrics: UnsafePointer<LoadMetrics> {
        UnsafePointer(metricsBox.load(ordering: .sequentiallyConsistent))
    }

    /// #149: the score computed on the published box without copying it.
    @inline(__always)
    func loadScore() -> Double {
        metrics.pointee.loadScore()
    }

    /// Publishes `newMetrics`; returns the previous box, which the caller frees after `synchronize()`.
    func replaceMetrics(_ newMetrics: LoadMetrics) -> UnsafeMutablePointer<LoadMetrics> {
        let box = UnsafeMutablePointer<LoadMetrics>.allocate(capacity: 1)
        box.initialize(to: newMetrics)
        return metricsBox.exchange(box, ordering: .sequentiallyConsistent)
    }

    @inline(__always)
    func effectiveWeight() -> Double {
        enabled ? Double(weight) * health.weightMultiplier : 0.0
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
    @inline(__always)
    func tryRecordRequest(maxConnections: UInt32) -> Bool {
        var current = connections.load(ordering: .relaxed)
        while true {
            if current >= maxConnections { return false }
            let (exchanged, original) = connections.weakCompareExchange(
                expected: current, desired: current + 1, ordering: .sequentiallyConsistent)
            if exchanged { break }
            current = original
        }
        totalRequests.wrappingAdd(1, ordering: .relaxed)
        return true
    }

    /// Releases a reservation and feeds the circuit breaker (spec §1.4).
    func recordCompletion(success: Bool) {
        var current = connections.load(ordering: .relaxed)
        while true {
            let next = current == 0 ? 0 : current - 1
            let (exchanged, original) = connections.weakCompareExchange(
                expected: current, desired: next, ordering: .sequentiallyConsistent)
            if exchanged { break }
            current = original
        }
        // A plain load first keeps the common no-probe path free of a locked exchange.
        if halfOpenProbe.load(ordering: .sequentiallyConsistent),
            halfOpenProbe.exchange(false, ordering: .sequentiallyConsistent)
        {
            if success {
                circuitOpen.store(false, ordering: .sequentiallyConsistent)
                consecutiveFailures.store(0, ordering: .sequentiallyConsistent)
                circuitOpenTime.store(Self.notOpened, ordering: .sequentiallyConsistent)
            } else {
                failedRequests.wrappingAdd(1, ordering: .relaxed)
                circuitOpenTime.store(clock.nanoseconds(), ordering: .sequentiallyConsistent)
            }
            return
        }
        if success {
            if consecutiveFailures.load(ordering: .relaxed) != 0 {
                consecutiveFailures.store(0, ordering: .sequentiallyConsistent)
            }
            return
        }
        failedRequests.wrappingAdd(1, ordering: .relaxed)
        let failures = consecutiveFailures.wrappingAdd(1, ordering: .sequentiallyConsistent).newValue
        if failures >= 5,
            circuitOpen.compareExchange(expected: false, desired: true, ordering: .sequentiallyConsistent).exchanged
        {
            circuitOpenTime.store(clock.nanoseconds(), ordering: .sequentiallyConsistent)
        }
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
