import ComputeRuntime
import Synchronization

/// Handlers that recover unhealthy group slots, run once per tick (spec §5), as before the audit.
///
/// The lock is held only to move lists in and out, never while a handler runs, so handlers can
/// register re-entrantly and other threads never wait for a slow handler.
public final class RecoveryRegistry: RecoveryRegistering {
    private let handlers = Mutex<[RecoveryHandler]>([])

    public init() {}

    @discardableResult
    public func register(_ handler: @escaping RecoveryHandler) -> Int {
        handlers.withLock { handlers in
            handlers.append(handler)
            return handlers.count
        }
    }

    public var count: Int { handlers.withLock { $0.count } }

    public var isEmpty: Bool { handlers.withLock { $0.isEmpty } }

    public func tryRunAll() -> [UInt8] {
        // #159 legacy cost: kept on purpose — every tick leaves a fresh empty list behind, builds
        // a new survivors list with the old capacity and a new result list, then merges.
        let running = handlers.withLock { handlers in
            let taken = handlers
            handlers = []
            return taken
        }
        var survivors: [RecoveryHandler] = []
        survivors.reserveCapacity(running.count)
        var recovered: [UInt8] = []
        for index in running.indices {
            do {
                recovered.append(contentsOf: try running[index]())
                survivors.append(running[index])
            } catch {
                // A throwing handler is evicted (upstream: a panicking one).
            }
        }
        handlers.withLock { handlers in
            if handlers.isEmpty {
                handlers = survivors
            } else {
                survivors.append(contentsOf: handlers)
                handlers = survivors
            }
        }
        return recovered
    }
}
