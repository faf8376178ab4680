import CPerf
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Exact per-thread allocation counts and bytes, from jemalloc.
///
/// Counts come from jemalloc's `experimental.hooks` (an alloc and a dalloc hook that bump C
/// thread-locals); bytes from `thread.allocatedp` / `thread.deallocatedp`, read once per thread and
/// then loaded directly. A moving `realloc` counts as one allocation plus one free; an in-place
/// resize counts as neither but its byte change shows in the byte figures.
///
/// The hooks are installed by the first `make()` and stay installed for the rest of the process.
/// Removing them is not safe in jemalloc 5.3: install and remove force every thread's TSD state to
/// be recomputed, and doing that while threads start or exit crashed later allocations in new
/// threads (seen intermittently in the full test run). Installed hooks push every jemalloc call
/// onto its slow path, so a process must finish its timing before it makes its first counter. The first use of a type or code path can allocate runtime metadata: warm up
/// once, then expect exact figures.
///
/// ```swift
/// let counter = try AllocationCounter.make()
/// let before = counter.snapshot()
/// work()
/// let used = counter.snapshot().delta(since: before)
/// ```
package final class AllocationCounter: Sendable {
    /// Whether jemalloc serves this process's `malloc`; always true for a counter `make()` returned.
    package let isJemallocActive: Bool

    private init(isJemallocActive: Bool) {
        self.isJemallocActive = isJemallocActive
    }

    /// Makes a counter, installing the counting hooks on first use.
    ///
    /// - Throws: `AllocationCounterError.jemallocNotBuiltIn`, `.jemallocNotProcessAllocator`, or
    ///   `.mallctlFailed` when the hooks cannot be installed.
    package static func make() throws(AllocationCounterError) -> AllocationCounter {
        switch JemallocStatus.current {
        case .notBuiltIn: throw .jemallocNotBuiltIn
        case .notProcessAllocator: throw .jemallocNotProcessAllocator
        case .failed(let name, let errno): throw .mallctlFailed(name: name, errno: errno)
        case .active: break
        }
        try AllocationHooks.retain()
        return AllocationCounter(isJemallocActive: true)
    }

    /// The calling thread's cumulative figures now. Reads thread-locals only: no allocation, no lock.
    package func snapshot() -> AllocationSnapshot {
        var counts = cperf_jemalloc_thread_counts()
        let rc = cperf_jemalloc_thread_counts_read(&counts)
        // make() proved mallctl works; the only failure left is a broken jemalloc install.
        precondition(rc == 0, "thread.allocatedp unreadable after make() succeeded (\(ErrnoName.symbol(-rc)))")
        return AllocationSnapshot(
            allocations: counts.allocations,
            frees: counts.frees,
            bytesAllocated: counts.bytes_allocated,
            bytesFreed: counts.bytes_deallocated
        )
    }
}

/// Whether jemalloc is present and is the process allocator, probed once per process.
package enum JemallocStatus: Equatable, Sendable {
    case active
    case notBuiltIn
    case notProcessAllocator
    case failed(mallctl: String, errno: Int32)

    /// The probe result, computed on first use.
    package static let current: JemallocStatus = {
        let rc = cperf_jemalloc_active()
        switch rc {
        case 1: return .active
        case 0: return .notProcessAllocator
        case -ENOSYS: return .notBuiltIn
        default: return .failed(mallctl: "thread.allocatedp", errno: -rc)
        }
    }()

    /// jemalloc's `version` string, when jemalloc is linked.
    package static var version: String? {
        var buffer = [CChar](repeating: 0, count: 128)
        let rc = buffer.withUnsafeMutableBufferPointer {
            cperf_mallctl_read_string("version", $0.baseAddress, $0.count)
        }
        guard rc == 0 else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// Installs the counting hooks once per process and never removes them (see `AllocationCounter`).
private enum AllocationHooks {
    private static let installation = Mutex<Int32?>(nil)

    static func retain() throws(AllocationCounterError) {
        let failure: Int32? = installation.withLock { installed in
            if installed == 0 { return nil }
            var handle: UnsafeMutableRawPointer?
            let rc = cperf_jemalloc_hooks_install(&handle)
            guard rc == 0 else { return -rc }
            installed = 0
            return nil
        }
        if let failure { throw .mallctlFailed(name: "experimental.hooks.install", errno: failure) }
    }
}
