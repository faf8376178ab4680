import ComputeRuntime

/// Consistent hashing's floor: hash the request's key as the runtime does (FNV-1a of the routing
/// key, else the session, else the request id), a branch-free lower bound over the sorted ring of
/// N × 150 points, the owner read beside it, then the reservation and its release. The selection
/// is counted with one relaxed fetch-add.
///
/// The ring is built here from the spec's rule (§1.11), independently of both runtimes: each
/// registration inserts its 150 virtual-node keys, a taken key being overwritten and the insert
/// probing on to the next key.
final class ConsistentHashLimit: EventWorkload {
    let table: BalancerLimitTable
    private let ringKeys: UnsafeMutableBufferPointer<UInt64>
    /// The owner's table position per ring key.
    private let ringOwners: UnsafeMutableBufferPointer<UInt32>

    /// - Precondition: the strategy is consistent hash and every event carries a key (the runtime's
    ///   keyless fallback is round robin, which this kernel does not model).
    init(_ fixture: BalancerFixture, events: [RequestContext]) {
        precondition(fixture.config.strategy == .consistentHash, "the consistent-hash kernel serves consistent hash")
        precondition(
            events.allSatisfy { $0.routingKey != nil || $0.sessionID != nil || $0.requestID != nil },
            "the consistent-hash kernel needs a key in every event")
        table = BalancerLimitTable(fixture, events: events)
        var positions: [NodeID: UInt32] = [:]
        for (position, endpoint) in BalancerLimitTable.registered(fixture).enumerated() {
            positions[endpoint.nodeID] = UInt32(position)
        }
        let ring = Self.ring(registering: fixture.endpoints.map(\.nodeID)).sorted { $0.key < $1.key }
        ringKeys = .allocate(capacity: ring.count)
        _ = ringKeys.initialize(fromContentsOf: ring.map(\.key))
        ringOwners = .allocate(capacity: ring.count)
        _ = ringOwners.initialize(fromContentsOf: ring.map { positions[$0.value]! })
    }

    deinit {
        ringKeys.deallocate()
        ringOwners.deallocate()
    }

    /// Virtual nodes per endpoint (spec §1.11).
    static let virtualNodes = 150

    /// Ring key → owner after registering `ids` in order (spec §1.11's insert with probe).
    static func ring(registering ids: [NodeID]) -> [UInt64: NodeID] {
        var owners: [UInt64: NodeID] = [:]
        for id in ids {
            for virtualNode in 0..<virtualNodes {
                var key = FNV1a.hash(FNV1a.ringKey(id, virtualNode: virtualNode))
                while owners.updateValue(id, forKey: key) != nil { key &+= 1 }
            }
        }
        return owners
    }

    func perform(_ context: RequestContext) -> UInt64 {
        table.selections.wrappingAdd(1, ordering: .relaxed)
        let hash: UInt64
        if let key = context.routingKey {
            hash = FNV1a.hash(key)
        } else if let key = context.sessionID {
            hash = FNV1a.hash(key)
        } else if let key = context.requestID {
            hash = FNV1a.hash(key)
        } else {
            return BalancerLimitTable.failed
        }
        // Khuong and Morin's branch-free lower bound: the comparison feeds a conditional move, so
        // the probe sequence never mispredicts.
        var base = 0
        var length = ringKeys.count
        while length > 1 {
            let half = length >> 1
            base = ringKeys[base &+ half] < hash ? base &+ half : base
            length &-= half
        }
        var index = base &+ (ringKeys[base] < hash ? 1 : 0)
        if index == ringKeys.count { index = 0 }
        return table.selectAndComplete(Int(ringOwners[index]), reason: .consistentHash)
    }

    func stateFingerprint() -> UInt64 {
        table.statsFingerprint
    }
}
