import ComputeRuntime

/// A delivery without outputs at its floor: the observe step alone. The event's origin is found by
/// one open-addressing probe (a multiply and a shift, no SipHash) in a table at most half full; a
/// higher sequence is stored in place and advances the logical clock, as `ObservedHorizon.observe`
/// does. The processed-event count is the only other state the delivery leaves.
///
/// Single-owner like the host it stands for, so its state needs no dynamic exclusivity checks.
final class ObserveLimit: EventWorkload {
    private struct Slot {
        var origin: UInt64
        var sequence: UInt64
        var isOccupied: Bool

        static let empty = Slot(origin: 0, sequence: 0, isOccupied: false)
    }

    @exclusivity(unchecked) private var slots: UnsafeMutableBufferPointer<Slot>
    @exclusivity(unchecked) private var shift: UInt64 = 61
    @exclusivity(unchecked) private var originCount = 0
    @exclusivity(unchecked) private var logicalTime: UInt64 = 0
    @exclusivity(unchecked) private var eventsProcessed: UInt64 = 0

    /// - Parameter origins: how many origins the event stream holds (the table grows past it).
    init(origins: Int) {
        var capacity = 8
        while capacity < origins * 2 {
            capacity *= 2
            shift -= 1
        }
        slots = .allocate(capacity: capacity)
        _ = slots.initialize(fromContentsOf: repeatElement(Slot.empty, count: capacity))
    }

    /// The kernel over a no-output deliver case's event stream.
    static func instance(origins: Int, payloadBytes: Int) -> any CaseInstance {
        EventDriver(
            ObserveLimit(origins: origins), events: DeliverBuilder.events(origins: origins, payloadBytes: payloadBytes))
    }

    deinit {
        slots.deallocate()
    }

    @inline(__always)
    private func bucket(_ origin: UInt64) -> Int {
        Int(truncatingIfNeeded: (origin &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    func perform(_ event: CausalEvent) -> UInt64 {
        observe(origin: event.link.originHash, sequence: event.link.sequence)
        eventsProcessed &+= 1
        return 1
    }

    @inline(__always)
    private func observe(origin: UInt64, sequence: UInt64) {
        let mask = slots.count &- 1
        var position = bucket(origin)
        while slots[position].isOccupied {
            if slots[position].origin == origin {
                guard sequence > slots[position].sequence else { return }
                slots[position].sequence = sequence
                advanceClock()
                return
            }
            position = (position &+ 1) & mask
        }
        insert(origin: origin, sequence: sequence, at: position)
    }

    /// A new origin: stored with its sequence; only a sequence above 0 advances the clock.
    @inline(never)
    private func insert(origin: UInt64, sequence: UInt64, at position: Int) {
        if (originCount + 1) * 2 > slots.count {
            grow()
            observe(origin: origin, sequence: sequence)
            return
        }
        slots[position] = Slot(origin: origin, sequence: sequence, isOccupied: true)
        originCount += 1
        if sequence > 0 { advanceClock() }
    }

    @inline(__always)
    private func advanceClock() {
        logicalTime = logicalTime == .max ? .max : logicalTime + 1
    }

    private func grow() {
        let old = slots
        slots = .allocate(capacity: old.count * 2)
        _ = slots.initialize(fromContentsOf: repeatElement(Slot.empty, count: old.count * 2))
        shift -= 1
        let mask = slots.count - 1
        for slot in old where slot.isOccupied {
            var position = bucket(slot.origin)
            while slots[position].isOccupied { position = (position + 1) & mask }
            slots[position] = slot
        }
        old.deallocate()
    }

    func stateFingerprint() -> UInt64 {
        var encoded: UInt64 = 0
        for slot in slots where slot.isOccupied {
            encoded |= ObservedHorizon.bloomBits(origin: slot.origin)
        }
        return ChainFixture.hostFingerprint(
            stats: DaemonStats(eventsProcessed: eventsProcessed),
            head: .genesis(originHash: ChainFixture.identity.originHash, horizonEncoded: 0), encodedHorizon: encoded,
            logicalTime: logicalTime)
    }
}
