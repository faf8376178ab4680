import Foundation
import Synchronization

/// Runs `body(threadIndex)` on `threads` OS threads that all start together; returns when all finish.
public func runConcurrently(threads: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let ready = DispatchGroup()
    let done = DispatchGroup()
    let start = DispatchSemaphore(value: 0)
    for index in 0..<threads {
        ready.enter()
        done.enter()
        let thread = Thread {
            ready.leave()
            start.wait()
            body(index)
            done.leave()
        }
        thread.start()
    }
    ready.wait()
    for _ in 0..<threads { start.signal() }
    done.wait()
}

/// A shared integer for counting across threads (escaping closures cannot capture `Atomic` locals).
public final class SharedCounter: Sendable {
    private let value = Atomic<Int>(0)

    public init() {}

    @discardableResult
    public func add(_ delta: Int) -> Int { value.wrappingAdd(delta, ordering: .sequentiallyConsistent).newValue }

    /// Raises the stored value to `candidate` if it is larger.
    public func raise(to candidate: Int) {
        var seen = value.load(ordering: .relaxed)
        while candidate > seen {
            let (exchanged, original) = value.compareExchange(expected: seen, desired: candidate, ordering: .relaxed)
            if exchanged { return }
            seen = original
        }
    }

    public var current: Int { value.load(ordering: .sequentiallyConsistent) }
}
