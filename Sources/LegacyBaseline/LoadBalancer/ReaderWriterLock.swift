#if canImport(Glibc)
import Glibc
#endif

/// A value guarded by a `pthread_rwlock_t`: the legacy stand-in for upstream's `RwLock`.
///
/// #149 legacy cost: every read takes the shared lock (an atomic RMW on the lock word) and
/// returns a copy of the value.
///
/// The lock and the value share one block of memory, reached through pointers kept in this handle,
/// so an access costs what upstream's costs: no reference counting (a method of a class reached
/// through a stored reference is bracketed by a retain and a release) and none of the run-time
/// exclusivity checks (`swift_beginAccess`) a stored `var` of a class costs per access. The lock
/// is what makes the accesses exclusive or shared. Copies of a handle share one lock.
struct ReaderWriterLock<Value> {
    private let lock: UnsafeMutablePointer<pthread_rwlock_t>
    private let value: UnsafeMutablePointer<Value>
    /// Owns the block; the pointers are valid while it lives, and every handle keeps it.
    private let owner: ReaderWriterLockStorage<Value>

    init(_ value: Value) {
        owner = ReaderWriterLockStorage(value)
        lock = owner.lock
        self.value = owner.value
    }

    /// Takes the shared lock. Pair with `unlock()`; only reads are allowed in between.
    @inline(__always)
    func lockShared() {
        let status = pthread_rwlock_rdlock(lock)
        precondition(status == 0, "pthread_rwlock_rdlock failed: \(status)")
    }

    /// Takes the exclusive lock. Pair with `unlock()`.
    @inline(__always)
    func lockExclusive() {
        let status = pthread_rwlock_wrlock(lock)
        precondition(status == 0, "pthread_rwlock_wrlock failed: \(status)")
    }

    @inline(__always)
    func unlock() {
        pthread_rwlock_unlock(lock)
    }

    /// The guarded value in place; dereference only while a lock taken through this handle is held
    /// (reads under the shared lock, writes under the exclusive one).
    @inline(__always)
    var valueWhileLocked: UnsafeMutablePointer<Value> { value }

    /// A copy of the value, read under the shared lock.
    @inline(__always)
    func read() -> Value {
        lockShared()
        defer { unlock() }
        return value.pointee
    }

    /// Runs `body` on the value under the shared lock.
    @inline(__always)
    func withShared<R>(_ body: (borrowing Value) -> R) -> R {
        lockShared()
        defer { unlock() }
        return body(value.pointee)
    }

    /// Runs `body` on the value under the exclusive lock.
    @inline(__always)
    func withExclusive<R>(_ body: (inout Value) -> R) -> R {
        lockExclusive()
        defer { unlock() }
        return body(&value.pointee)
    }
}

// Every access to the value goes through the rwlock (shared for reads, exclusive for writes), so
// sharing the handle across threads is exactly as safe as sharing `Value` itself.
extension ReaderWriterLock: @unchecked Sendable where Value: Sendable {}  // rwlock-guarded; Value is Sendable

/// The memory behind a `ReaderWriterLock`: one allocation holding the lock, then the value.
final class ReaderWriterLockStorage<Value> {
    let lock: UnsafeMutablePointer<pthread_rwlock_t>
    let value: UnsafeMutablePointer<Value>
    private let block: UnsafeMutableRawPointer

    init(_ initial: Value) {
        let valueOffset = Self.valueOffset
        block = .allocate(
            byteCount: valueOffset + MemoryLayout<Value>.size,
            alignment: max(MemoryLayout<pthread_rwlock_t>.alignment, MemoryLayout<Value>.alignment))
        lock = block.bindMemory(to: pthread_rwlock_t.self, capacity: 1)
        lock.initialize(to: pthread_rwlock_t())
        let status = pthread_rwlock_init(lock, nil)
        precondition(status == 0, "pthread_rwlock_init failed: \(status)")
        value = (block + valueOffset).bindMemory(to: Value.self, capacity: 1)
        value.initialize(to: initial)
    }

    deinit {
        pthread_rwlock_destroy(lock)
        lock.deinitialize(count: 1)
        value.deinitialize(count: 1)
        block.deallocate()
    }

    /// Where the value starts: after the lock, aligned for `Value`.
    private static var valueOffset: Int {
        let alignment = MemoryLayout<Value>.alignment
        return (MemoryLayout<pthread_rwlock_t>.size + alignment - 1) / alignment * alignment
    }
}
