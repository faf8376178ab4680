/// Why allocation counting is not available in this process.
package enum AllocationCounterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// CPerf was built without `<jemalloc/jemalloc.h>`.
    case jemallocNotBuiltIn
    /// jemalloc is linked but `malloc` is served by another allocator, so its figures would miss allocations.
    case jemallocNotProcessAllocator
    /// A mallctl call failed with `errno`.
    case mallctlFailed(name: String, errno: Int32)

    /// One line: the subject, what failed, why, and the errno or libpfm symbol.
    package var description: String {
        switch self {
        case .jemallocNotBuiltIn:
            "allocation counter unavailable: CPerf was built without jemalloc headers (ENOSYS)"
        case .jemallocNotProcessAllocator:
            "allocation counter unavailable: jemalloc is linked but is not the process allocator"
        case .mallctlFailed(let name, let errno):
            "allocation counter unavailable: mallctl '\(name)' failed (\(ErrnoName.symbol(errno)))"
        }
    }
}
