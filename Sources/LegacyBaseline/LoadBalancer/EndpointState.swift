import ComputeRuntime
import Synchronization

/// The live state of one registered endpoint, shared by reference (spec §1.4), with the
/// pre-audit representation.
final class EndpointState: Sendable {
    let nodeID: NodeID
    let weight: UInt32
    let tags: [String]
    let zone: String?
    let priority: UInt32
    let clock: MonotonicClock

    /// #149 legacy cost: health and metrics sit behind reader-writer locks; metrics are copied per read.
    let health: ReaderWriterLock<HealthStatus>
    let metrics: ReaderWriterLock<LoadMetrics>
    let enabled: Atomic<Bool>
    let connections = Atomic<UInt32>(0)
    /// Never read (parity).
    let totalRequests = Atomic<UInt64>(0)
    /// Never read (parity).
    let failedRequests = Atomic<UInt64>(0)
    /// #155 legacy cost: a mutex-guarded timestamp written (with a clock read) per reservation; never read.
    let lastSelected: Mutex<UInt64>
    let consecutiveFailures = Atomic<UInt32>(0)
    let circuitOpen = Atomic<Bool>(false)
    /// Nanoseconds on `clock` when the circuit opened (or the last probe failed).
    let circuitOpenTime = Mutex<UInt64?>(nil)
    /// A half-open probe is in flight.
    let halfOpenProbe = Atomic<Bool>(false)

    init(_ endpoint: Endpoint, clock: MonotonicClock) {
        nodeID = endpoint.nodeID
        weight = endpoint.weight
        tags = endpoint.tags
        zone = endpoint.zone
        priority = endpoint.priority
        self.clock = clock
        health = ReaderWriterLock(endpoint.health)
        metrics = ReaderWriterLock(endpoint.metrics)
        enabled = Atomic(endpoint.enabled)
        lastSelected = Mutex(clock.nanoseconds())
    }

    @inline(__always)
    func effectiveWeight() -> Double {
        enabled.load(ordering: .sequentiallyConsistent) ? Double(weight) * health.read().weightMultiplier : 0.0
    }

    @inline(__always)
    func isAvailable() -> Bool {
        enabled.load(ordering: .sequentiallyConsistent) && health.read().canReceiveTraffic
    }

    /// #149 legacy cost: read lock + copy of the whole metrics struct.
    @inline(__always)
    func loadScore() -> Double {
        metrics.read().loadScore()
    }

    /// Pure predicate (spec §1.4).
    @inline(__always)
    func isCircuitOpen(recoveryNanoseconds: UInt64) -> Bool {
        guard circuitOpen.load(ordering: .sequentiallyConsistent) else { return false }
        guard let openedAt = circuitOpenTime.withLock({ $0 }) else { return true }
        let now = clock.nanoseconds()
        let elapsed = now >= openedAt ? now - openedAt : 0
        if elapsed < recoveryNanoseconds { return true }
        return halfOpenProbe.load(ordering: .sequentiallyConsistent)
    }

    /// Reserves one connection unless the cap is reached.
    @inline(__always)
    func tryRecordRequest(maxConnections: UInt32) -> Bool {
        var current = connections.load(ordering: .sequentiallyConsistent)
        while true {
            if current >= maxConnections { return false }
            let (exchanged, original) = connections.compareExchange(
                expected: current, desired: current + 1, ordering: .sequentiallyConsistent)
            if exchanged { break }
            current = original
        }
        totalRequests.add(1, ordering: .relaxed)
        // #155 legacy cost: mutex + clock read per successful reservation.
        let now = clock.nanoseconds()
        lastSelected.withLock { $0 = now }
        return true
    }

    /// Releases a reservation and feeds the circuit breaker (spec §1.4).
    func recordCompletion(success: Bool) {
        var current = connections.load(ordering: .sequentiallyConsistent)
        while true {
            let next = current == 0 ? 0 : current - 1
            let (exchanged, original) = connections.compareExchange(
                expected: current, desired: next, ordering: .sequentiallyConsistent)
            if exchanged { break }
            current = original
        }
        if halfOpenProbe.exchange(false, ordering: .sequentiallyConsistent) {
            if success {
                circuitOpen.store(false, ordering: .sequentiallyConsistent)
                consecutiveFailures.store(0, ordering: .sequentiallyConsistent)
                circuitOpenTime.withLock { $0 = nil }
            } else {
                failedRequests.add(1, ordering: .relaxed)
                let now = clock.nanoseconds()
                circuitOpenTime.withLock { $0 = now }
            }
            return
        }
        if success {
            consecutiveFailures.store(0, ordering: .sequentiallyConsistent)
            return
        }
        failedRequests.add(1, ordering: .relaxed)
        let failures = consecutiveFailures.wrappingAdd(1, ordering: .sequentiallyConsistent).newValue
        if failures >= 5,
            circuitOpen.compareExchange(expected: false, desired: true, ordering: .sequentiallyConsistent).exchanged
        {
            let now = clock.nanoseconds()
            circuitOpenTime.withLock { $0 = now }
        }
    }

    /// The public value rebuilt from live state.
    func materialize() -> Endpoint {
        var endpoint = Endpoint(nodeID)
        endpoint.weight = weight
        endpoint.health = health.read()
        endpoint.metrics = metrics.read()
        endpoint.tags = tags
        endpoint.priority = priority
        endpoint.enabled = enabled.load(ordering: .sequentiallyConsistent)
        endpoint.zone = zone
        return endpoint
    }
}
