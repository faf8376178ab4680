import ComputeRuntime
import Synchronization

/// The endpoints of a load-balancer limit kernel, laid out for the least work a select plus its
/// completion must do: the answer of each endpoint (id, weight, load score) in one contiguous
/// array, one reservation counter per endpoint, and the balancer's selection counter.
///
/// What it leaves out is what the runtime pays for sharing a live table between threads and
/// changing it under them: no snapshot read section, no per-endpoint object to reach through a
/// pointer, no circuit-breaker or removal checks, no id lookup to find the endpoint to release.
/// The load score is computed once here, when the metrics are known, as a runtime could when
/// they are published. It serves a fixture and request stream that leave every endpoint a
/// candidate (enabled, able to receive traffic, no required tag, no client zone to match):
/// `init` checks that, outside any measurement.
final class BalancerLimitTable {
    struct Entry {
        let nodeID: NodeID
        let weight: UInt32
        let loadScore: Double
    }

    /// The endpoints in registration order (a re-added id keeps its first position, as in both runtimes).
    let entries: UnsafeMutableBufferPointer<Entry>
    /// Reservations per endpoint, at the same positions as `entries`.
    private let connections: UnsafeMutablePointer<Atomic<UInt32>>
    /// Every select, successful or not (the stats' `totalSelections`); round robin's ticket too.
    let selections = Atomic<UInt64>(0)
    private let failures = Atomic<UInt64>(0)
    private let maxConnections: UInt32
    private let healthyCount: UInt32

    /// The failure fingerprint `SelectCompleteWorkload` returns when a select throws.
    static let failed: UInt64 = 0xE000_0000_0000_0000

    /// The table of the endpoints `fixture` registers, for selects of `events`.
    ///
    /// - Precondition: the fixture and events leave every endpoint a candidate.
    init(_ fixture: BalancerFixture, events: [RequestContext]) {
        let config = fixture.config
        precondition(
            events.allSatisfy { $0.requiredTags.isEmpty && !(config.zoneAware && $0.clientZone != nil) },
            "a limit kernel models the unfiltered select: no required tag, no client zone to match")
        precondition(config.maxConnectionsPerEndpoint > 0, "a limit kernel needs a non-zero connection cap")
        let registered = Self.registered(fixture)
        precondition(!registered.isEmpty, "a limit kernel needs at least one endpoint")
        precondition(registered.allSatisfy { $0.isAvailable() }, "a limit kernel needs every endpoint a candidate")
        entries = .allocate(capacity: registered.count)
        _ = entries.initialize(
            fromContentsOf: registered.map {
                Entry(nodeID: $0.nodeID, weight: $0.weight, loadScore: $0.metrics.loadScore())
            })
        connections = .allocate(capacity: registered.count)
        for position in registered.indices {
            (connections + position).initialize(to: Atomic(0))
        }
        maxConnections = config.maxConnectionsPerEndpoint
        healthyCount = UInt32(registered.filter { $0.health == .healthy }.count)
    }

    /// The endpoints `fixture` registers, in position order: `addEndpoint` replaces a repeated id in
    /// place, so it keeps its first position and takes the last configuration.
    static func registered(_ fixture: BalancerFixture) -> [Endpoint] {
        var ordered: [Endpoint] = []
        var positions: [NodeID: Int] = [:]
        for endpoint in fixture.endpoints {
            if let position = positions[endpoint.nodeID] {
                ordered[position] = endpoint
            } else {
                positions[endpoint.nodeID] = ordered.count
                ordered.append(endpoint)
            }
        }
        return ordered
    }

    deinit {
        connections.deinitialize(count: entries.count)
        connections.deallocate()
        entries.deinitialize()
        entries.deallocate()
    }

    var count: Int { entries.count }

    /// Reserves the endpoint at `position` (one compare-and-swap under the cap), answers with its
    /// selection, and releases the reservation as the completion does; the failure fingerprint
    /// when the endpoint is at its cap.
    @inline(__always)
    func selectAndComplete(_ position: Int, reason: SelectionReason) -> UInt64 {
        var current = connections[position].load(ordering: .relaxed)
        while true {
            if current >= maxConnections {
                failures.wrappingAdd(1, ordering: .relaxed)
                return Self.failed
            }
            let (exchanged, original) = connections[position].weakCompareExchange(
                expected: current, desired: current &+ 1, ordering: .acquiring)
            if exchanged { break }
            current = original
        }
        let entry = entries[position]
        let selection = Selection(
            nodeID: entry.nodeID, weight: entry.weight, loadScore: entry.loadScore, reason: reason)
        connections[position].wrappingSubtract(1, ordering: .releasing)
        return selection.outputFingerprint
    }

    /// The balancer stats this table stands for, folded as `SelectCompleteWorkload` folds the
    /// runtime's (`LoadBalancer.stats()`: scores summed in position order).
    var statsFingerprint: UInt64 {
        var connectionsInUse: UInt64 = 0
        var scoreSum = 0.0
        for position in 0..<count {
            connectionsInUse += UInt64(connections[position].load(ordering: .relaxed))
            scoreSum += entries[position].loadScore
        }
        return LoadBalancerStats(
            totalSelections: selections.load(ordering: .relaxed), failedSelections: failures.load(ordering: .relaxed),
            activeEndpoints: UInt32(count), healthyEndpoints: healthyCount, totalConnections: connectionsInUse,
            avgLoadScore: scoreSum / Double(count)
        ).fingerprint
    }
}
