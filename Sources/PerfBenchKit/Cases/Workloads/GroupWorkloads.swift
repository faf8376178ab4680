import ComputeRuntime

/// `originHash(forEntityID:)` alone: the per-routed-event lookup of #152.
final class OriginLookupWorkload<Coordinator: GroupCoordinating>: EventWorkload {
    let coordinator: Coordinator

    init(_ coordinator: Coordinator) {
        self.coordinator = coordinator
    }

    func perform(_ entityID: NodeID) -> UInt64 {
        coordinator.originHash(forEntityID: entityID) ?? 0xE000_0000_0000_0000
    }
}

/// A routed event as `routeEvent` does it (select, then origin-hash lookup), plus the completion
/// `routeEvent` never records (spec §1.13): without it every member saturates after 10 000 routes
/// and the case would measure the error path. The balancer has the group's member endpoints.
final class RouteWorkload<Coordinator: GroupCoordinating, Balancer: LoadBalancing>: EventWorkload {
    let coordinator: Coordinator
    let balancer: Balancer

    init(_ coordinator: Coordinator, _ balancer: Balancer) {
        self.coordinator = coordinator
        self.balancer = balancer
    }

    func perform(_ context: RequestContext) -> UInt64 {
        do {
            let selection = try balancer.select(context)
            balancer.recordCompletion(selection.nodeID, success: true)
            return coordinator.originHash(forEntityID: selection.nodeID) ?? 0xE000_0000_0000_0001
        } catch {
            return 0xE000_0000_0000_0000
        }
    }
}

/// `routeEvent` as callers drive it (spec §1.13): a select whose reservation is never completed,
/// then the origin-hash lookup. Reservations accumulate; once every member holds all its
/// connections routing fails with `noHealthyMember` until a member is re-placed, which recreates
/// its endpoint: the workload then re-places every member but `capped` (which stays at its cap, so
/// the balancer never returns to its all-clear state) and routing resumes.
final class RoutedEventWorkload<Coordinator: GroupCoordinating>: EventWorkload {
    let coordinator: Coordinator
    let capped: Int

    init(_ coordinator: Coordinator, capped: Int) {
        self.coordinator = coordinator
        self.capped = capped
    }

    func perform(_ context: RequestContext) -> UInt64 {
        do {
            return try coordinator.routeEvent(context)
        } catch {
            for member in coordinator.members() where Int(member.index) != capped {
                coordinator.updateMemberPlacement(member.index, nodeID: member.nodeID, entityID: member.entityID)
            }
            return 0xE000_0000_0000_0000
        }
    }

    func stateFingerprint() -> UInt64 {
        UInt64(coordinator.healthyCount) << 8 | UInt64(coordinator.memberCount)
    }
}

/// Member health by index (#158) and the healthy count (#167), one call per event.
final class MemberHealthWorkload<Coordinator: GroupCoordinating>: EventWorkload {
    let coordinator: Coordinator

    init(_ coordinator: Coordinator) {
        self.coordinator = coordinator
    }

    func perform(_ call: MemberCall) -> UInt64 {
        switch call {
        case .markUnhealthy(let index):
            coordinator.markUnhealthy(index)
            return UInt64(index)
        case .markHealthy(let index):
            coordinator.markHealthy(index)
            return UInt64(index) | 0x100
        case .healthyCount:
            return UInt64(coordinator.healthyCount)
        }
    }

    func stateFingerprint() -> UInt64 {
        UInt64(coordinator.healthyCount) << 8 | UInt64(coordinator.memberCount)
    }
}

/// One member call of `MemberHealthWorkload`.
enum MemberCall: Sendable {
    case markUnhealthy(UInt8)
    case markHealthy(UInt8)
    case healthyCount
}

/// Spread placement whose primary choice is excluded, forcing the second query (#157, #166).
final class SpreadPlacementWorkload<Coordinator: GroupCoordinating>: EventWorkload {
    let scheduler: Coordinator.GroupScheduler
    let requirements: CapabilityFilter

    init(_ type: Coordinator.Type, scheduler: Coordinator.GroupScheduler, requirements: CapabilityFilter) {
        self.scheduler = scheduler
        self.requirements = requirements
    }

    func perform(_ exclude: Set<UInt64>) -> UInt64 {
        do {
            let decision = try Coordinator.placeWithSpread(
                scheduler: scheduler, requirements: requirements, exclude: exclude)
            return decision.nodeID &* 8 &+ (decision.reason == .firstMatch ? 1 : 2)
        } catch {
            return 0xE000_0000_0000_0000
        }
    }
}

/// Members 0..<count with entity id byte 0–1 = index + 1 and origin hash derived from the index.
enum GroupFixture {
    static func member(_ index: Int) -> MemberInfo {
        MemberInfo(
            index: UInt8(index), originHash: 0xA000_0000 &+ UInt64(index) &* 0x9E37_79B9,
            nodeID: UInt64(index % 7 + 1), entityID: NodeID(words: (UInt64(index + 1), 0x5EED, 0, 0)),
            isHealthy: true)
    }

    static func make<Coordinator: GroupCoordinating>(_ type: Coordinator.Type, members count: Int) -> Coordinator {
        let coordinator = Coordinator(strategy: .roundRobin)
        for index in 0..<count {
            coordinator.addMember(member(index))
        }
        return coordinator
    }
}
