/// A case's prepared state and pre-generated events for one implementation.
///
/// Built outside any measured region. `run(events:)` is the measured region: it performs only the
/// per-event operation, walking the event stream cyclically.
@usableFromInline package protocol CaseInstance: AnyObject {
    /// Performs the next `count` events and returns their outputs folded into one word, for `blackHole`.
    func run(events count: Int) -> UInt64
    /// Performs the next `count` events and returns a digest of their outputs and the resulting
    /// state. Not timed; legacy and fixed must agree on it or the case is an error.
    func digest(events count: Int) -> UInt64
}

/// One case's per-event operation on prepared state.
///
/// Concrete workloads are final classes, generic over the runtime's protocol (`some LoadBalancing`)
/// so the measured loop reaches both runtimes the same way, through specialization, never `any`.
@usableFromInline package protocol EventWorkload: AnyObject {
    associatedtype Event
    /// Performs one event and returns a cheap fingerprint of its outputs (e.g. the chosen id's first word).
    func perform(_ event: Event) -> UInt64
    /// A fingerprint of the state after the digest pass (e.g. stats counters); 0 when the outputs say it all.
    func stateFingerprint() -> UInt64
}

extension EventWorkload {
    package func stateFingerprint() -> UInt64 { 0 }
}

/// Drives an `EventWorkload` over its pre-generated events.
///
/// The loop is a closure formed in `init`, which the optimizer specializes for the concrete
/// workload at the call site. A method of this generic class would instead run unspecialized
/// code reached through the `CaseInstance` existential: every event would copy its payload through
/// value witnesses and call `perform` through a witness table, several nanoseconds the runtime
/// under test never pays.
///
/// `init` is inlinable so that a driver built from another module (`BenchCase.paired`) gets its loop
/// specialized there too, for the caller's event type.
@usableFromInline package final class EventDriver<Workload: EventWorkload>: CaseInstance {
    @usableFromInline let loop: (_ count: Int, _ digest: Bool) -> UInt64
    @usableFromInline let workload: Workload

    /// - Precondition: `events` is not empty.
    @inlinable package init(_ workload: Workload, events: [Workload.Event]) {
        precondition(!events.isEmpty, "a case needs at least one event")
        self.workload = workload
        let cursor = Cursor()
        loop = { count, digest in
            var index = cursor.index
            let end = events.count
            var folded: UInt64 = 0
            var outputs = OutputDigest()
            events.withUnsafeBufferPointer { stream in
                if digest {
                    for _ in 0..<count {
                        outputs.add(workload.perform(stream[index]))
                        index += 1
                        if index == end { index = 0 }
                    }
                } else {
                    for _ in 0..<count {
                        folded &+= workload.perform(stream[index])
                        index += 1
                        if index == end { index = 0 }
                    }
                }
            }
            cursor.index = index
            return digest ? outputs.value : folded
        }
    }

    @usableFromInline package func run(events count: Int) -> UInt64 {
        loop(count, false)
    }

    @usableFromInline package func digest(events count: Int) -> UInt64 {
        var digest = OutputDigest()
        digest.add(loop(count, true))
        digest.add(workload.stateFingerprint())
        return digest.value
    }
}

/// The position in an event stream, shared by a driver's loop closure across batches.
@usableFromInline final class Cursor {
    @usableFromInline var index = 0

    @inlinable init() {}
}

/// FNV-1a over 64-bit words: order-sensitive, so two output sequences that differ anywhere differ here.
///
/// The digest pass folds every event's fingerprint with it; a paired case's body can use it too, to
/// fold several words of one event's output into its fingerprint.
public struct OutputDigest: Sendable {
    @usableFromInline var state: UInt64 = 0xCBF2_9CE4_8422_2325

    /// The offset basis: the digest of nothing.
    @inlinable public init() {}

    /// The digest of every word added so far, in order.
    @inlinable public var value: UInt64 { state }

    /// Folds `word` in, byte by byte (eight multiply-xor steps).
    @inlinable public mutating func add(_ word: UInt64) {
        var remaining = word
        for _ in 0..<8 {
            state ^= remaining & 0xFF
            state = state &* 0x0000_0100_0000_01B3
            remaining >>= 8
        }
    }
}

/// A case instance that runs part of each batch on threads other than the calling one. Engines and
/// the allocation pass add those threads' costs, so every per-event figure covers every event, not
/// the calling thread's share divided by all of them.
package protocol MultithreadedCaseInstance: CaseInstance {
    /// What the other threads spent during the last `run(events:)`.
    var otherThreadsCosts: OtherThreadsCosts { get }
    /// From now on, the other threads also count their allocations (the allocation pass only:
    /// snapshots per batch never touch a timed run).
    func countOtherThreadsAllocations(with counter: AllocationCounter)
}

/// The costs of a batch on the threads other than the calling one.
package struct OtherThreadsCosts: Sendable, Equatable {
    /// Their CPU time (`CLOCK_THREAD_CPUTIME_ID` on each).
    package var cpuNanoseconds: UInt64
    /// Their allocations, when counting was turned on.
    package var allocations: AllocationSnapshot?

    /// What a multithreaded instance reports for its other threads (its `MultithreadedCaseInstance`
    /// conformance needs to build one, from outside this module too).
    package init(cpuNanoseconds: UInt64, allocations: AllocationSnapshot?) {
        self.cpuNanoseconds = cpuNanoseconds
        self.allocations = allocations
    }
}
