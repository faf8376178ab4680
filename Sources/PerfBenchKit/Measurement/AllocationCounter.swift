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
/// The hooks are installed while at least one counter is alive and removed when the last one is
/// released: installed hooks push every jemalloc call onto its slow path, so timing runs should
/// not hold a counter. The first use of a type or code path can allocate runtime metadata: warm up
/// once, then expect exact figures.
///
/// ```swift
/// let counter = try AllocationCounter.make()
/// let before = counter.snapshot()
/// work()
/// let used = counter.snapshot().delta(since: before)
/// ```
public final class AllocationCounter: Sendable {
    /// Whether jemalloc serves this process's `malloc`; always true for a counter `make()` returned.
    public let isJemallocActive: Bool

    private init(isJemallocActive: Bool) {
        self.isJemallocActive = isJemallocActive
    }

    /// Makes a counter, installing the counting hooks if no other counter holds them.
    ///
    /// - Throws: `AllocationCounterError.jemallocNotBuiltIn`, `.jemallocNotProcessAllocator`, or
    ///   `.mallctlFailed` when the hooks cannot be installed.
    public static func make() throws(AllocationCounterError) -> AllocationCounter {
        switch JemallocStatus.current {
        case .notBuiltIn: throw .jemallocNotBuiltIn
        case .notProcessAllocator: throw .jemallocNotProcessAllocator
        case .failed(let name, let errno): throw .mallctlFailed(name: name, errno: errno)
        case .active: break
        }
        try AllocationHooks.retain()
        return AllocationCounter(isJemallocActive: true)
    }

    deinit {
        AllocationHooks.release()
    }

    /// The calling thread's cumulative figures now. Reads thread-locals only: no allocation, no lock.
    public func snapshot() -> AllocationSnapshot {
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
        let rc = buffer.withUnsafeMutableBufferPointer { cperf_mallctl_read_string("version", $0.baseAddress, $0.count) }
        guard rc == 0 else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// Reference-counted installation of the counting hooks (one hook slot, however many counters).
private enum AllocationHooks {
    private struct State: ~Copyable {
        var holders = 0
        var handle: UnsafeMutableRawPointer?
    }

    private static let state = Mutex(State())

    static func retain() throws(AllocationCounterError) {
        let failure: Int32? = state.withLock { state in
            if state.holders == 0 {
                var handle: UnsafeMutableRawPointer?
                let rc = cperf_jemalloc_hooks_install(&handle)
                guard rc == 0 else { return -rc }
                state.handle = handle
            }
            state.holders += 1
            return nil
        }
        if let failure { throw .mallctlFailed(name: "experimental.hooks.install", errno: failure) }
    }

    static func release() {
        state.withLock { state in
            state.holders -= 1
            if state.holders == 0, let handle = state.handle {
                // Removal only fails for an unknown handle, which would be a bug here.
                let rc = cperf_jemalloc_hooks_remove(handle)
                assert(rc == 0, "experimental.hooks.remove failed (\(ErrnoName.symbol(-rc)))")
                state.handle = nil
            }
        }
    }
}
