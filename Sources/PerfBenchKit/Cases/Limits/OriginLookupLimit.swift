import ComputeRuntime

/// Origin-hash lookup's floor: one open-addressing probe. The four words of the entity id are
/// folded and multiplied into a bucket of a power-of-two table at most half full; the slot holds
/// the id and its origin hash side by side, so a hit is one 32-byte comparison.
final class OriginLookupLimit: EventWorkload {
    private struct Slot {
        var key: NodeID
        var originHash: UInt64
        var isOccupied: Bool
    }

    private let slots: UnsafeMutableBufferPointer<Slot>
    private let shift: UInt64

    /// The failure fingerprint `OriginLookupWorkload` returns for an unknown id.
    static let missing: UInt64 = 0xE000_0000_0000_0000

    /// - Precondition: `members` have distinct entity ids.
    init(members: [MemberInfo]) {
        var capacity = 8
        var shift: UInt64 = 61
        while capacity < members.count * 2 {
            capacity *= 2
            shift -= 1
        }
        self.shift = shift
        slots = .allocate(capacity: capacity)
        _ = slots.initialize(
            fromContentsOf: repeatElement(
                Slot(key: NodeID(words: (0, 0, 0, 0)), originHash: 0, isOccupied: false), count: capacity))
        for member in members {
            var position = bucket(member.entityID)
            while slots[position].isOccupied {
                precondition(slots[position].key != member.entityID, "duplicate entity id")
                position = (position + 1) & (capacity - 1)
            }
            slots[position] = Slot(key: member.entityID, originHash: member.originHash, isOccupied: true)
        }
    }

    /// The kernel over the members and lookups of an origin-lookup case of `members` members.
    static func instance(members: Int) -> any CaseInstance {
        EventDriver(
            OriginLookupLimit(members: (0..<members).map(GroupFixture.member)),
            events: OriginLookupBuilder.lookups(members))
    }

    deinit {
        slots.deallocate()
    }

    @inline(__always)
    private func bucket(_ key: NodeID) -> Int {
        let folded = key.words.0 ^ key.words.1 ^ key.words.2 ^ key.words.3
        return Int(truncatingIfNeeded: (folded &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    func perform(_ entityID: NodeID) -> UInt64 {
        let mask = slots.count &- 1
        var position = bucket(entityID)
        while true {
            let slot = slots[position]
            if !slot.isOccupied { return Self.missing }
            if slot.key == entityID { return slot.originHash }
            position = (position &+ 1) & mask
        }
    }
}
