import Synchronization

/// Handlers that recover unhealthy group slots, run once per tick (spec §5), with #159 applied.
///
/// The lock is held only to move lists in and out, never while a handler runs, so handlers can
/// register re-entrantly and other threads never wait for a slow handler.
public final class RecoveryRegistry: RecoveryRegistering {
    private struct Lists {
        /// The registered handlers.
        var handlers: [RecoveryHandler] = []
        /// An empty list with capacity, swapped in while a tick runs the handlers.
        var spare: [RecoveryHandler] = []
    }

    private let lists = Mutex(Lists())

    public init() {}

    @discardableResult
    public func register(_ handler: @escaping RecoveryHandler) -> Int {
        lists.withLock { lists in
            lists.handlers.append(handler)
            return lists.handlers.count
        }
    }

    public var count: Int { lists.withLock { $0.handlers.count } }

    public var isEmpty: Bool { lists.withLock { $0.handlers.isEmpty } }

    public func tryRunAll() -> [UInt8] {
        // #159: the tick moves the handler list out and the spare list in; the handler list is
        // compacted in place into the survivors and becomes the registry again, and the spare
        // (emptied, capacity kept) goes back. After warm-up a tick allocates only its result.
        var running = lists.withLock { lists in
            var taken = lists.spare
            swap(&taken, &lists.handlers)
            lists.spare = []
            return taken
        }
        var recovered: [UInt8] = []
        var survivorCount = 0
        for index in running.indices {
            do {
                recovered.append(contentsOf: try running[index]())
                running.swapAt(survivorCount, index)
                survivorCount += 1
            } catch {
                // A throwing handler is evicted (upstream: a panicking one).
            }
        }
        running.removeSubrange(survivorCount...)
        lists.withLock { lists in
            var registeredMeanwhile = lists.handlers
            lists.handlers = []
            running.append(contentsOf: registeredMeanwhile)
            registeredMeanwhile.removeAll(keepingCapacity: true)
            lists.handlers = running
            lists.spare = registeredMeanwhile
        }
        return recovered
    }
}
