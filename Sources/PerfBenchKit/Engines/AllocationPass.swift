/// The allocation pass: exact allocations and bytes per event from jemalloc, apart from timing.
///
/// The counting hooks are installed only for the duration of one pass (an `AllocationCounter`
/// lives exactly that long), because installed hooks push every allocation onto jemalloc's slow
/// path and would distort the timing rounds.
public struct AllocationPass: AllocationMeasuring {
    /// A pass when jemalloc is the process allocator and its hooks install; nil otherwise.
    public static func makeIfExact() -> AllocationPass? {
        (try? AllocationCounter.make()) == nil ? nil : AllocationPass()
    }

    /// Why `makeIfExact()` returns nil, for the results' unavailable list.
    public static var unavailableReason: String? {
        do {
            _ = try AllocationCounter.make()
            return nil
        } catch {
            return error.description
        }
    }

    public func perEvent(_ instance: any CaseInstance, events: Int) throws -> (allocations: Double, bytes: Double) {
        let counter = try AllocationCounter.make()
        // Warm-up: the first pass through a code path can allocate runtime metadata once.
        blackHole(instance.run(events: events))
        let before = counter.snapshot()
        let folded = instance.run(events: events)
        let used = counter.snapshot().delta(since: before)
        blackHole(folded)
        return (Double(used.allocations) / Double(events), Double(used.bytesAllocated) / Double(events))
    }
}
