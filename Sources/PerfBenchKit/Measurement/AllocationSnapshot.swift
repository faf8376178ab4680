/// The calling thread's cumulative allocation figures at one instant, from `AllocationCounter.snapshot()`.
///
/// All four figures only grow over a thread's life; compare two snapshots with `delta(since:)`.
/// Bytes are jemalloc usable sizes (the size class actually handed out), not the requested sizes.
package struct AllocationSnapshot: Sendable, Equatable, Hashable {
    /// Successful allocations (malloc, calloc, posix_memalign, aligned_alloc, a moving realloc, ...).
    package var allocations: UInt64
    /// Frees of non-null pointers (free, sdallocx, the old block of a moving realloc, ...).
    package var frees: UInt64
    /// Bytes handed out, in usable size (jemalloc `thread.allocated`).
    package var bytesAllocated: UInt64
    /// Bytes returned, in usable size (jemalloc `thread.deallocated`).
    package var bytesFreed: UInt64

    /// Creates a snapshot from raw figures (tests and deltas).
    package init(allocations: UInt64, frees: UInt64, bytesAllocated: UInt64, bytesFreed: UInt64) {
        self.allocations = allocations
        self.frees = frees
        self.bytesAllocated = bytesAllocated
        self.bytesFreed = bytesFreed
    }

    /// What happened on this thread between `earlier` and this snapshot.
    ///
    /// - Parameter earlier: a snapshot taken before this one on the same thread.
    /// - Returns: the per-field difference; fields use wrapping subtraction so a misuse across
    ///   threads shows as an absurd figure rather than a trap.
    package func delta(since earlier: AllocationSnapshot) -> AllocationSnapshot {
        AllocationSnapshot(
            allocations: allocations &- earlier.allocations,
            frees: frees &- earlier.frees,
            bytesAllocated: bytesAllocated &- earlier.bytesAllocated,
            bytesFreed: bytesFreed &- earlier.bytesFreed
        )
    }
}
