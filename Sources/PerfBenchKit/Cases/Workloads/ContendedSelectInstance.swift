import ComputeRuntime
import Foundation

/// Two threads selecting and completing on one balancer: half of each batch runs on a helper
/// thread that lives as long as the instance, the other half on the measuring thread.
///
/// Every per-event figure covers both threads: wall time spans both halves, CPU time and (in the
/// allocation pass) allocations add the helper's own, and both divide by all the batch's events.
/// The digest is the number of successful selections and the balancer's final stats, which do not
/// depend on the interleaving, unless the threads race for the same slots (a connection cap of
/// one): then which reservations fail, and how often a select retries or gives up, depends on how
/// the threads interleave (one run measured legacy and fixed digests apart), so the digest runs
/// every event on the measuring thread, where both sides must agree.
final class ContendedSelectInstance<Balancer: LoadBalancing>: MultithreadedCaseInstance {
    private let workload: SelectCompleteWorkload<Balancer>
    private let events: [RequestContext]
    private let helper: HelperThread
    private let digestsOnOneThread: Bool
    private var cursor = 0

    init(_ balancer: Balancer, events: [RequestContext], digestsOnOneThread: Bool = false) {
        precondition(!events.isEmpty, "a case needs at least one event")
        let workload = SelectCompleteWorkload(balancer, fingerprint: .reasonOnly)
        self.workload = workload
        self.events = events
        self.digestsOnOneThread = digestsOnOneThread
        helper = HelperThread { count, offset in
            Self.runEvents(workload, events, count: count, offset: offset)
        }
    }

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
        if digestsOnOneThread {
            digest.add(UInt64(Self.runEvents(workload, events, count: count, offset: cursor)))
            cursor = (cursor + count) % events.count
        } else {
            digest.add(run(events: count))
        }
        digest.add(workload.stateFingerprint())
        return digest.value
    }

    var otherThreadsCosts: OtherThreadsCosts { helper.lastCosts }

    func countOtherThreadsAllocations(with counter: AllocationCounter) {
        helper.allocationCounter = counter
    }
}

/// A thread that runs one body per `begin`/`finish` pair and measures what the body cost on it.
final class HelperThread: @unchecked Sendable {  // semaphores order every access to the mutable fields
    private let body: @Sendable (_ count: Int, _ offset: Int) -> Int
    private let start = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)
    private var count = 0
    private var offset = 0
    private var result = 0
    private var isStopping = false
    /// Set before a `begin` (the allocation pass only): the body's allocations are then counted too.
    var allocationCounter: AllocationCounter?
    /// What the last body cost on this thread, valid after `finish()`.
    private(set) var lastCosts = OtherThreadsCosts(cpuNanoseconds: 0, allocations: nil)

    init(body: @escaping @Sendable (_ count: Int, _ offset: Int) -> Int) {
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
            let before = allocationCounter?.snapshot()
            let cpuStart = WallClockEngine.now(CLOCK_THREAD_CPUTIME_ID)
            result = body(count, offset)
            let cpuEnd = WallClockEngine.now(CLOCK_THREAD_CPUTIME_ID)
            let allocations = before.flatMap { earlier in allocationCounter?.snapshot().delta(since: earlier) }
            lastCosts = OtherThreadsCosts(cpuNanoseconds: cpuEnd &- cpuStart, allocations: allocations)
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
