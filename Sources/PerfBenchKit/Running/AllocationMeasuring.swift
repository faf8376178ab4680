/// Exact heap allocations and bytes per event for one implementation, in a pass of its own.
package protocol AllocationMeasuring {
    /// Warms `instance` up, then counts what `events` events allocate on the calling thread.
    ///
    /// - Returns: allocations and bytes allocated, each divided by `events`.
    func perEvent(_ instance: any CaseInstance, events: Int) throws -> (allocations: Double, bytes: Double)
}
