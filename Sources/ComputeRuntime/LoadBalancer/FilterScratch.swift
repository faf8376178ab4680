#if canImport(Glibc)
import Glibc
#endif

/// Scratch words for a filtered select's bitmaps (#148), never allocated per select.
///
/// One buffer per thread, found through a pthread key: allocated by a thread's first filtered
/// select that needs more words than it has (at any table size: above 1 KiB the stack would not
/// do, as `withUnsafeTemporaryAllocation` then falls back to the heap), reused by every later
/// one, freed when the thread exits. Not stack memory through a closure either: the closure
/// around the attempt was outlined, and copying its captures (the request context's strings and
/// arrays) cost a dozen reference-count operations per select. A select never re-enters itself,
/// so one buffer per thread suffices.
enum FilterScratch {
    /// At least `count` words of the calling thread's scratch (contents unspecified), valid until
    /// the thread's next call.
    @inline(__always)
    static func words(_ count: Int) -> UnsafeMutablePointer<UInt64> {
        if let buffer = pthread_getspecific(bufferKey), buffer.load(as: Int.self) >= count {
            return (buffer + MemoryLayout<UInt64>.stride).assumingMemoryBound(to: UInt64.self)
        }
        return grow(to: count)
    }

    /// The calling thread's buffer: a capacity word, then the scratch words.
    private static let bufferKey: pthread_key_t = {
        var key = pthread_key_t()
        let status = pthread_key_create(&key) { buffer in free(buffer) }
        precondition(status == 0, "pthread_key_create failed: \(status)")
        return key
    }()

    /// Replaces the calling thread's buffer with one of at least `count` words.
    @inline(never)
    private static func grow(to count: Int) -> UnsafeMutablePointer<UInt64> {
        free(pthread_getspecific(bufferKey))
        // Twice the request, so a table that keeps growing reallocates O(log n) times per thread.
        let capacity = 2 * count
        guard let buffer = malloc((capacity + 1) * MemoryLayout<UInt64>.stride) else {
            fatalError("out of memory for \(capacity) filter scratch words")
        }
        buffer.storeBytes(of: capacity, as: Int.self)
        let status = pthread_setspecific(bufferKey, buffer)
        precondition(status == 0, "pthread_setspecific failed: \(status)")
        return (buffer + MemoryLayout<UInt64>.stride).assumingMemoryBound(to: UInt64.self)
    }
}
