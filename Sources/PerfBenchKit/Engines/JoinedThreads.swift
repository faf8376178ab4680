#if canImport(Glibc)
import Glibc
#endif

/// Runs `body(worker)` for `count` workers, each on a thread of its own, and returns only after
/// every one of those threads has exited (joined).
///
/// Why not Dispatch: its pool threads outlive the call, and a thread that starts or exits while
/// `AllocationCounter` installs jemalloc's hooks can crash a later allocation (the full test run
/// died in jemalloc on a libdispatch worker after the callgrind engine had used
/// `concurrentPerform`). A joined thread is gone, TSD teardown included, before this returns.
package func runOnJoinedThreads(count: Int, _ body: @escaping @Sendable (_ worker: Int) -> Void) {
    var threads: [pthread_t] = []
    for worker in 0..<count {
        let context = Unmanaged.passRetained(ThreadBody { body(worker) }).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(
            &thread, nil,
            { context in
                Unmanaged<ThreadBody>.fromOpaque(context!).takeRetainedValue().run()
                return nil
            }, context)
        if status == 0 {
            threads.append(thread)
        } else {
            // No thread to be had: this worker's share runs here instead.
            Unmanaged<ThreadBody>.fromOpaque(context).takeRetainedValue().run()
        }
    }
    for thread in threads { pthread_join(thread, nil) }
}

private final class ThreadBody: Sendable {
    let run: @Sendable () -> Void

    init(_ run: @escaping @Sendable () -> Void) {
        self.run = run
    }
}
