import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Grace-period reclamation for memory that readers use without a reference count (#148, #149).
///
/// Readers (`select`, `recordCompletion`, point lookups) bracket their use of the current snapshot
/// or metrics box with `enter()`/`exit(_:)`: one relaxed load of the epoch plus one atomic increment
/// and one decrement of a counter in a cache-line-padded stripe picked from the caller's stack
/// address, so threads mostly touch different lines. No lock, no retain, no double-width CAS.
///
/// Readers load the shared pointer and writers swap it with sequentially consistent ordering (a
/// plain `mov` load and the `xchg` it costs anyway on x86), so the reader's "increment, then load
/// pointer" and the writer's "swap pointer, then read counters" cannot both miss each other.
/// A writer first unpublishes the old object (an atomic pointer swap), then calls `synchronize()`,
/// after which no reader can still hold it, and frees it. `synchronize()` is two-phase, as in
/// userspace RCU: flip the epoch and wait for the readers that entered under the old parity to
/// drain, twice. Why that is safe: a reader increments its counter *before* loading the shared
/// pointer (sequentially consistent), so a reader that loaded the old pointer is counted under the
/// parity of the epoch value it read; that value's parity is either the one drained in phase one
/// or the one drained in phase two, and readers that arrive after a flip count under the new
/// parity, so neither phase can be starved by new readers. Writers are serialized by a mutex.
/// A reader must never call `synchronize()` while inside a read section (it would wait for itself).
// @unchecked: the counters behind the raw pointer are atomics, allocated in init and freed in deinit.
final class SnapshotReclamation: @unchecked Sendable {
    /// Counter stripes per parity; a power of two.
    private static let stripeCount = 16
    /// Ints per counter slot: 128 bytes, so two slots never share a cache line pair.
    private static let slotStride = 16

    private let counters: UnsafeMutablePointer<Atomic<Int>>
    private let epoch = Atomic<UInt>(0)
    private let writers = Mutex<Void>(())

    init() {
        let slots = Self.stripeCount * 2 * Self.slotStride
        counters = .allocate(capacity: slots)
        for slot in 0..<slots {
            (counters + slot).initialize(to: Atomic(0))
        }
    }

    deinit {
        counters.deinitialize(count: Self.stripeCount * 2 * Self.slotStride)
        counters.deallocate()
    }

    /// Starts a read section; pass the token to `exit(_:)`.
    @inline(__always)
    func enter() -> Int {
        var marker: UInt8 = 0
        // Thread stacks are megabytes apart, so bits above 2 MiB tell threads apart cheaply.
        let stackAddress = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        let stripe = Int(truncatingIfNeeded: stackAddress >> 21) & (Self.stripeCount - 1)
        let parity = Int(epoch.load(ordering: .relaxed) & 1)
        let slot = (stripe &* 2 &+ parity) &* Self.slotStride
        counters[slot].wrappingAdd(1, ordering: .sequentiallyConsistent)
        return slot
    }

    /// Ends the read section started by `enter()`.
    @inline(__always)
    func exit(_ slot: Int) {
        counters[slot].wrappingSubtract(1, ordering: .releasing)
    }

    /// Waits until every read section that might have seen an object unpublished before this call
    /// has ended. Never call from inside a read section.
    func synchronize() {
        writers.withLock { _ in
            for _ in 0..<2 {
                let old = epoch.load(ordering: .sequentiallyConsistent)
                epoch.store(old &+ 1, ordering: .sequentiallyConsistent)
                let parity = Int(old & 1)
                for stripe in 0..<Self.stripeCount {
                    let slot = (stripe * 2 + parity) * Self.slotStride
                    while counters[slot].load(ordering: .sequentiallyConsistent) != 0 {
                        sched_yield()
                    }
                }
            }
        }
    }
}
