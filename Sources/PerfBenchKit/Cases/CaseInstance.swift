/// A case's prepared state and pre-generated events for one implementation.
///
/// Built outside any measured region. `run(events:)` is the measured region: it performs only the
/// per-event operation, walking the event stream cyclically.
public protocol CaseInstance: AnyObject {
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
public protocol EventWorkload: AnyObject {
    associatedtype Event
    /// Performs one event and returns a cheap fingerprint of its outputs (e.g. the chosen id's first word).
    func perform(_ event: Event) -> UInt64
    /// A fingerprint of the state after the digest pass (e.g. stats counters); 0 when the outputs say it all.
    func stateFingerprint() -> UInt64
}

extension EventWorkload {
    public func stateFingerprint() -> UInt64 { 0 }
}

/// Drives an `EventWorkload` over its pre-generated events.
public final class EventDriver<Workload: EventWorkload>: CaseInstance {
    let workload: Workload
    let events: [Workload.Event]
    private var cursor = 0

    /// - Precondition: `events` is not empty.
    public init(_ workload: Workload, events: [Workload.Event]) {
        precondition(!events.isEmpty, "a case needs at least one event")
        self.workload = workload
        self.events = events
    }

    @inline(never)
    public func run(events count: Int) -> UInt64 {
        var folded: UInt64 = 0
        var index = cursor
        let end = events.count
        events.withUnsafeBufferPointer { stream in
            for _ in 0..<count {
                folded &+= workload.perform(stream[index])
                index += 1
                if index == end { index = 0 }
            }
        }
        cursor = index
        return folded
    }

    public func digest(events count: Int) -> UInt64 {
        var digest = OutputDigest()
        for _ in 0..<count {
            digest.add(workload.perform(events[cursor]))
            cursor += 1
            if cursor == events.count { cursor = 0 }
        }
        digest.add(workload.stateFingerprint())
        return digest.value
    }
}

/// FNV-1a over 64-bit words: order-sensitive, so two output sequences that differ anywhere differ here.
public struct OutputDigest: Sendable {
    public private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    public init() {}

    public mutating func add(_ word: UInt64) {
        var remaining = word
        for _ in 0..<8 {
            value ^= remaining & 0xFF
            value = value &* 0x0000_0100_0000_01B3
            remaining >>= 8
        }
    }
}
