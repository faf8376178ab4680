/// An immutable view of the registered endpoints, published atomically on every membership change
/// (#148). Everything a select needs lives in flat buffers so the hot path touches no reference
/// counts: the states in insertion order (each retained once by the snapshot), an open-addressing
/// id → position index for point lookups, the sorted consistent-hash ring, the positions of each
/// zone and each tag, and the cache of the filter's per-endpoint exclusions.
///
/// #168: the order is registration order (a re-add keeps its position), the same order legacy's
/// sharded walk yields, so every strategy's choice is reproducible and matches legacy exactly.
// @unchecked: the raw buffers are written only in init and freed only in deinit; shared, it is read-only.
final class EndpointTable: @unchecked Sendable {
    let count: Int
    private let states: UnsafeMutablePointer<Unmanaged<EndpointState>>
    /// Open addressing over positions; −1 marks an empty slot. Capacity is a power of two ≥ 2 × count.
    private let slots: UnsafeMutablePointer<Int32>
    private let slotMask: Int
    /// #150: ring keys ascending, with the owning endpoint's position in `states` alongside (#169).
    let ringKeys: UnsafeMutableBufferPointer<UInt64>
    let ringPositions: UnsafeMutableBufferPointer<UInt32>
    /// #148 zones: the zone number of each position (−1 for no zone), zones numbered in order of
    /// first appearance, and per zone its positions (`zoneSets`).
    let zoneOfPosition: UnsafeMutablePointer<Int32>
    let zoneSets: PositionSets
    /// #148 filtered path: per tag, the positions of the endpoints carrying it.
    let tagSets: PositionSets
    /// #148 filtered path: the filter's per-endpoint exclusions, cached between transitions.
    let exclusions: ExclusionCache
    /// Words of a bitmap over the positions (at least one).
    let wordCount: Int

    /// Takes ownership of the ring buffers.
    init(
        states orderedStates: [EndpointState], ringKeys: UnsafeMutableBufferPointer<UInt64>,
        ringPositions: UnsafeMutableBufferPointer<UInt32>
    ) {
        count = orderedStates.count
        states = .allocate(capacity: max(1, count))
        for (position, state) in orderedStates.enumerated() {
            (states + position).initialize(to: .passRetained(state))
        }
        var capacity = 4
        while capacity < count * 2 { capacity *= 2 }
        slotMask = capacity - 1
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: -1, count: capacity)
        for (position, state) in orderedStates.enumerated() {
            var slot = Self.slotHash(state.nodeID) & slotMask
            while slots[slot] >= 0 { slot = (slot + 1) & slotMask }
            slots[slot] = Int32(position)
        }
        self.ringKeys = ringKeys
        self.ringPositions = ringPositions
        wordCount = max(1, (count + 63) >> 6)
        var zoneMemberships: [(key: String, position: Int32)] = []
        var tagMemberships: [(key: String, position: Int32)] = []
        for (position, state) in orderedStates.enumerated() {
            if let zone = state.zone { zoneMemberships.append((zone, Int32(position))) }
            var seen: [String] = []
            for tag in state.tags where !seen.contains(tag) {
                seen.append(tag)
                tagMemberships.append((tag, Int32(position)))
            }
        }
        let zones = PositionSets(zoneMemberships, wordCount: wordCount)
        let zoneNumbers = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, count))
        zoneNumbers.initialize(repeating: -1, count: max(1, count))
        for (position, state) in orderedStates.enumerated() {
            if let zone = state.zone { zoneNumbers[position] = Int32(zones.number(of: zone)!) }
        }
        zoneSets = zones
        zoneOfPosition = zoneNumbers
        tagSets = PositionSets(tagMemberships, wordCount: wordCount)
        exclusions = ExclusionCache(wordCount: wordCount)
    }

    deinit {
        for position in 0..<count { states[position].release() }
        states.deallocate()
        slots.deallocate()
        ringKeys.deallocate()
        ringPositions.deallocate()
        zoneOfPosition.deallocate()
    }

    /// The endpoints of `zone` as a candidate list, or nil when no endpoint is in that zone
    /// (exact string equality, as the filter compares `state.zone == clientZone`).
    @inline(__always)
    func zoneCandidates(_ zone: String) -> ZoneCandidates? {
        guard let number = zoneSets.number(of: zone) else { return nil }
        let members = zoneSets.members(of: number)
        return ZoneCandidates(
            members: members.baseAddress.unsafelyUnwrapped, count: members.count,
            zoneOfPosition: UnsafePointer(zoneOfPosition), zone: Int32(number))
    }

    @inline(__always)
    private static func slotHash(_ id: NodeID) -> Int {
        let mixed =
            (id.words.0 ^ (id.words.1 &* 0x9E37_79B9_7F4A_7C15) ^ id.words.2 ^ id.words.3)
            &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> 32)
    }

    /// The state at `position`, unretained: valid for the caller's read section.
    @inline(__always)
    func state(at position: Int) -> Unmanaged<EndpointState> {
        states[position]
    }

    /// The position of `id`, or nil.
    @inline(__always)
    func position(of id: NodeID) -> Int? {
        var slot = Self.slotHash(id) & slotMask
        while true {
            let position = Int(slots[slot])
            if position < 0 { return nil }
            if states[position]._withUnsafeGuaranteedRef({ $0.nodeID == id }) { return position }
            slot = (slot + 1) & slotMask
        }
    }

    /// The states in order (cold paths).
    var orderedStates: [EndpointState] {
        (0..<count).map { states[$0].takeUnretainedValue() }
    }
}
