import ComputeRuntime

/// A daemon registry stand-in that knows a fixed set of origin hashes.
public struct OriginSet: DaemonRegistryQuerying, Sendable {
    public var origins: Set<UInt64>

    public init(_ origins: Set<UInt64>) {
        self.origins = origins
    }

    public func contains(_ originHash: UInt64) -> Bool {
        origins.contains(originHash)
    }
}

/// One step of a group-coordinator parity script.
public enum GroupOperation: Sendable, CustomStringConvertible {
    case addMember(MemberInfo)
    case removeLast
    case routeEvent(RequestContext)
    case markHealthy(UInt8)
    case markUnhealthy(UInt8)
    case updateMemberPlacement(UInt8, nodeID: UInt64, entityID: NodeID)
    case onNodeRecovery(UInt64, registry: OriginSet)
    case lookup(NodeID)
    case inspect

    public var description: String {
        switch self {
        case .addMember(let member):
            "addMember(\(member.index), origin: \(member.originHash), node: \(member.nodeID), healthy: \(member.isHealthy))"
        case .removeLast: "removeLast"
        case .routeEvent(let context): "routeEvent(key: \(context.routingKey ?? "-"))"
        case .markHealthy(let index): "markHealthy(\(index))"
        case .markUnhealthy(let index): "markUnhealthy(\(index))"
        case .updateMemberPlacement(let index, let node, let entity):
            "updateMemberPlacement(\(index), node: \(node), entity: \(entity.words.0))"
        case .onNodeRecovery(let node, let registry): "onNodeRecovery(\(node), registry: \(registry.origins.sorted()))"
        case .lookup(let entity): "lookup(\(entity.words.0))"
        case .inspect: "inspect"
        }
    }
}

/// What one group step produced.
public enum GroupObservation: Sendable, Equatable {
    case done
    case removed(MemberInfo?)
    case routed(UInt64)
    case failed(GroupError)
    case origin(UInt64?)
    case state(health: GroupHealth, memberCount: UInt8, healthyCount: UInt8, members: [MemberInfo], onNode: [UInt8])
}

/// Generates group-coordinator parity scripts from a seed and runs them on either runtime.
public enum GroupScript {
    /// Deterministic strategies only: the random ones draw from the OS and cannot be replayed.
    public static let strategies: [Strategy] = [
        .roundRobin, .weightedRoundRobin, .leastConnections, .weightedLeastConnections,
        .consistentHash, .leastLatency, .leastLoad,
    ]

    /// A script of `count` steps from `seed`. Members keep dense indices and unique entity ids, as
    /// every group does (spec §3.3).
    public static func generate(seed: UInt64, count: Int) -> [GroupOperation] {
        var random = SplitMix64(seed: seed)
        var operations: [GroupOperation] = []
        var members = 0
        var nextEntity: UInt64 = 1
        func freshEntity() -> NodeID {
            defer { nextEntity += 1 }
            return NodeID(words: (nextEntity, random.next(), 0, 0))
        }
        func node() -> UInt64 { random.next() % 6 }
        func index() -> UInt8 { UInt8(truncatingIfNeeded: random.next() % UInt64(members + 3)) }
        for _ in 0..<count {
            // Adds and removes are equally likely, so the group size random-walks near small sizes
            // and every aggregate health shows up.
            switch random.next() % 18 {
            case 0, 1, 2:
                let member = MemberInfo(
                    index: UInt8(truncatingIfNeeded: members), originHash: 0xA0 + UInt64(members),
                    nodeID: node(), entityID: freshEntity(), isHealthy: random.next() % 4 != 0)
                members += 1
                operations.append(.addMember(member))
            case 3, 4, 5:
                if members > 0 { members -= 1 }
                operations.append(.removeLast)
            case 6, 7, 8, 9:
                var context = RequestContext()
                if random.next() % 2 == 0 { context = context.withRoutingKey("key-\(random.next() % 8)") }
                operations.append(.routeEvent(context))
            case 10: operations.append(.markHealthy(index()))
            case 11: operations.append(.markUnhealthy(index()))
            case 12: operations.append(.updateMemberPlacement(index(), nodeID: node(), entityID: freshEntity()))
            case 13:
                let origins = Set((0..<UInt64(members + 1)).filter { _ in random.next() % 2 == 0 }.map { 0xA0 + $0 })
                operations.append(.onNodeRecovery(node(), registry: OriginSet(origins)))
            case 14, 15:
                // Usually a live member's id, sometimes a removed or unknown one.
                operations.append(.lookup(NodeID(words: (random.next() % (nextEntity + 1), 0, 0, 0))))
            default: operations.append(.inspect)
            }
        }
        return operations
    }

    /// Runs `operations` on a fresh coordinator of `type` using `strategy`.
    public static func run<G: GroupCoordinating>(
        _ operations: [GroupOperation], on type: G.Type, strategy: Strategy
    ) -> [GroupObservation] {
        let group = G(strategy: strategy)
        var liveEntities: [UInt64: NodeID] = [:]
        return operations.map { operation in
            switch operation {
            case .addMember(let member):
                liveEntities[member.entityID.words.0] = member.entityID
                group.addMember(member)
                return .done
            case .removeLast:
                return .removed(group.removeLast())
            case .routeEvent(let context):
                do throws(GroupError) { return .routed(try group.routeEvent(context)) } catch { return .failed(error) }
            case .markHealthy(let index):
                group.markHealthy(index)
                return .done
            case .markUnhealthy(let index):
                group.markUnhealthy(index)
                return .done
            case .updateMemberPlacement(let index, let node, let entity):
                liveEntities[entity.words.0] = entity
                group.updateMemberPlacement(index, nodeID: node, entityID: entity)
                return .done
            case .onNodeRecovery(let node, let registry):
                group.onNodeRecovery(node, registry: registry)
                return .done
            case .lookup(let probe):
                return .origin(group.originHash(forEntityID: liveEntities[probe.words.0] ?? probe))
            case .inspect:
                let members = group.members()
                return .state(
                    health: group.health(), memberCount: group.memberCount, healthyCount: group.healthyCount,
                    members: members, onNode: group.membersOnNode(members.first?.nodeID ?? 0))
            }
        }
    }
}
