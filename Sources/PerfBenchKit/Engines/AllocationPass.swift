/// The allocation pass: exact allocations and bytes per event from jemalloc, apart from timing.
///
/// The first count installs jemalloc's counting hooks for the rest of the process, and installed
/// hooks push every allocation onto jemalloc's slow path: a run counts only after all its timing.
/// Deciding whether counting is possible must therefore not make a counter.
package struct AllocationPass: AllocationMeasuring {
    /// A pass when jemalloc is the process allocator; nil otherwise. Installs nothing.
    package static func makeIfExact() -> AllocationPass? {
        JemallocStatus.current == .active ? AllocationPass() : nil
    }

    /// Why `makeIfExact()` returns nil, for the results' unavailable list.
    package static var unavailableReason: String? {
        switch JemallocStatus.current {
        case .active: nil
        case .notBuiltIn: AllocationCounterError.jemallocNotBuiltIn.description
        case .notProcessAllocator: AllocationCounterError.jemallocNotProcessAllocator.description
        case .failed(let name, let errno): AllocationCounterError.mallctlFailed(name: name, errno: errno).description
        }
    }

    package func perEvent(_ instance: any CaseInstance, events: Int) throws -> (allocations: Double, bytes: Double) {
        let counter = try AllocationCounter.make()
        let multithreaded = instance as? any MultithreadedCaseInstance
        multithreaded?.countOtherThreadsAllocations(with: counter)
        // Warm-up: the first pass through a code path can allocate runtime metadata once.
        blackHole(instance.run(events: events))
        let before = counter.snapshot()
        let folded = instance.run(events: events)
        var used = counter.snapshot().delta(since: before)
        blackHole(folded)
        // Every thread's allocations count, divided by every event (not one thread's share by all).
        if let others = multithreaded?.otherThreadsCosts.allocations {
            used.allocations &+= others.allocations
            used.bytesAllocated &+= others.bytesAllocated
        }
        return (Double(used.allocations) / Double(events), Double(used.bytesAllocated) / Double(events))
    }
}
