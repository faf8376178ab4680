#if canImport(Glibc)
import Glibc
#endif

/// A value guarded by a `pthread_rwlock_t`: the legacy stand-in for upstream's `RwLock`.
///
/// #149 legacy cost: every read takes the shared lock (an atomic RMW on the lock word) and
/// returns a copy of the value.
final class ReaderWriterLock<Value>: @unchecked Sendable {
    private let lock: UnsafeMutablePointer<pthread_rwlock_t>
    private var value: Value

    init(_ value: Value) {
        self.value = value
        lock = .allocate(capacity: 1)
        lock.initialize(to: pthread_rwlock_t())
        let status = pthread_rwlock_init(lock, nil)
        precondition(status == 0, "pthread_rwlock_init failed: \(status)")
    }

    deinit {
        pthread_rwlock_destroy(lock)
        lock.deinitialize(count: 1)
        lock.deallocate()
    }

    /// Takes the shared lock. Pair with `unlock()`; only reads are allowed in between.
    func lockShared() {
        let status = pthread_rwlock_rdlock(lock)
        precondition(status == 0, "pthread_rwlock_rdlock failed: \(status)")
    }

    /// Takes the exclusive lock. Pair with `unlock()`.
    func lockExclusive() {
        let status = pthread_rwlock_wrlock(lock)
        precondition(status == 0, "pthread_rwlock_wrlock failed: \(status)")
    }

    func unlock() {
        pthread_rwlock_unlock(lock)
    }

    /// The guarded value; only while a lock taken through this object is held.
    var valueWhileLocked: Value {
        get { value }
        set { value = newValue }
    }

    /// A copy of the value, read under the shared lock.
    func read() -> Value {
        lockShared()
        defer { unlock() }
        return value
    }

    /// Runs `body` on the value under the shared lock.
    func withShared<R>(_ body: (borrowing Value) -> R) -> R {
        lockShared()
        defer { unlock() }
        return body(value)
    }

    /// Runs `body` on the value under the exclusive lock.
    func withExclusive<R>(_ body: (inout Value) -> R) -> R {
        lockExclusive()
        defer { unlock() }
        return body(&value)
    }
}
