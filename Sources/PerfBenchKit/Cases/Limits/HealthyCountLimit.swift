import Synchronization

/// The healthy count's floor: one atomic load of a maintained count.
///
/// Marks keep the count exact with one flag per member (so the kernel answers any `MemberCall`
/// stream), but they do not model the balancer health update the runtimes' marks also make: the
/// kernel is the floor of `healthyCount`, not of marking.
final class HealthyCountLimit: EventWorkload {
    private var isHealthy: [Bool]
    private let healthyCount: Atomic<Int>

    init(members: Int) {
        isHealthy = Array(repeating: true, count: members)
        healthyCount = Atomic(members)
    }

    /// The kernel over a healthy-count case: `members` healthy members, one count per event.
    static func instance(members: Int) -> any CaseInstance {
        EventDriver(HealthyCountLimit(members: members), events: [MemberCall.healthyCount])
    }

    func perform(_ call: MemberCall) -> UInt64 {
        switch call {
        case .healthyCount:
            return UInt64(UInt8(clamping: healthyCount.load(ordering: .relaxed)))
        case .markUnhealthy(let index):
            mark(Int(index), healthy: false)
            return UInt64(index)
        case .markHealthy(let index):
            mark(Int(index), healthy: true)
            return UInt64(index) | 0x100
        }
    }

    private func mark(_ index: Int, healthy: Bool) {
        guard index < isHealthy.count, isHealthy[index] != healthy else { return }
        isHealthy[index] = healthy
        healthyCount.wrappingAdd(healthy ? 1 : -1, ordering: .relaxed)
    }

    func stateFingerprint() -> UInt64 {
        UInt64(UInt8(clamping: healthyCount.load(ordering: .relaxed))) << 8 | UInt64(UInt8(clamping: isHealthy.count))
    }
}
