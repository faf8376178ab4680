import ComputeRuntime
import Foundation

/// Two threads selecting and completing on one balancer: half of each batch runs on a helper
/// thread that lives as long as the instance, the other half on the measuring thread.
///
/// Wall time covers both halves; thread CPU time covers only the measuring thread's half.
/// Allocations are counted on the measuring thread only. The digest is the number of successful
/// selections and the balancer's final stats, which do not depend on the interleaving.
final class ContendedSelectInstance<Balancer: LoadBalancing>: CaseInstance {
    private let workload: SelectCompleteWorkload<Balancer>
    private let helper: HelperThread
    private var cursor = 0

    init(_ balancer: Balancer, events: [RequestContext]) {
        precondition(!events.isEmpty, "a case needs at least one event")
        let workload = SelectCompleteWorkload(balancer, fingerprint: .reasonOnly)
        self.workload = workload
        helper = HelperThread { count, offset in
            Self.runEvents(workload, events, count: count, offset: offset)
        }
        self.events = events
    }

    private let events: [RequestContext]

    deinit {
        helper.stop()
    }

    /// Runs `count` events starting at `offset` into the stream; returns how many selections succeeded.
    private static func runEvents(
        _ workload: SelectCompleteWorkload<Balancer>, _ events: [RequestContext], count: Int, offset: Int
    ) -> Int {
        var successes = 0
        var index = offset % events.count
        for _ in 0..<count {
            if workload.perform(events[index]) != 0xE000_0000_0000_0000 { successes += 1 }
            index += 1
            if index == events.count { index = 0 }
        }
        return successes
    }

    func run(events count: Int) -> UInt64 {
        helper.begin(count: count / 2, offset: cursor + events.count / 2)
        let mine = Self.runEvents(workload, events, count: count - count / 2, offset: cursor)
        cursor = (cursor + count) % events.count
        return UInt64(mine + helper.finish())
    }

    func digest(events count: Int) -> UInt64 {
        var digest = OutputDigest()
        digest.add(run(events: count))
        digest.add(workload.stateFingerprint())
        return digest.value
    }
}

/// A thread that runs one body per `begin`/`finish` pair; semaphores order every access to its
/// fields, which is why the class can be `@unchecked Sendable`.
final class HelperThread: @unchecked Sendable {
    private let body: (Int, Int) -> Int
    private let start = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)
    private var count = 0
    private var offset = 0
    private var result = 0
    private var isStopping = false

    init(body: @escaping (_ count: Int, _ offset: Int) -> Int) {
        self.body = body
        Thread { [self] in loop() }.start()
    }

    private func loop() {
        while true {
            start.wait()
            if isStopping {
                done.signal()
                return
            }
            result = body(count, offset)
            done.signal()
        }
    }

    func begin(count: Int, offset: Int) {
        self.count = count
        self.offset = offset
        start.signal()
    }

    func finish() -> Int {
        done.wait()
        return result
    }

    func stop() {
        isStopping = true
        start.signal()
        done.wait()
    }
}
