/// An immutable view of the registered endpoints, published atomically on every membership change
/// (#148). Everything a select needs lives in flat buffers so the hot path touches no reference
/// counts: the states in insertion order (each retained once by the snapshot), an open-addressing
/// id → position index for point lookups, and the sorted consistent-hash ring.
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
    /// #148 fast path, zone-stratified: the zone index of each position (−1 for no zone), and per
    /// distinct zone (numbered in order of first appearance) its positions, ascending, at
    /// `zoneMembers[zoneStarts[z] ..< zoneStarts[z + 1]]`.
    let zoneOfPosition: UnsafeMutablePointer<Int32>
    private let zoneMembers: UnsafeMutablePointer<Int32>
    private let zoneStarts: UnsafeMutablePointer<Int32>
    private let zoneCount: Int

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
        var zoneIndices: [String: Int32] = [:]
        var zoneSizes: [Int32] = []
        zoneOfPosition = .allocate(capacity: max(1, count))
        for (position, state) in orderedStates.enumerated() {
            var zone: Int32 = -1
            if let name = state.zone {
                if let known = zoneIndices[name] {
                    zone = known
                } else {
                    zone = Int32(zoneSizes.count)
                    zoneIndices[name] = zone
                    zoneSizes.append(0)
                }
                zoneSizes[Int(zone)] += 1
            }
            (zoneOfPosition + position).initialize(to: zone)
        }
        zoneCount = zoneSizes.count
        zoneStarts = .allocate(capacity: zoneCount + 1)
        var start: Int32 = 0
        for zone in 0..<zoneCount {
            (zoneStarts + zone).initialize(to: start)
            start += zoneSizes[zone]
        }
        (zoneStarts + zoneCount).initialize(to: start)
        zoneMembers = .allocate(capacity: max(1, Int(start)))
        var filled = [Int32](repeating: 0, count: zoneCount)
        for position in 0..<count where zoneOfPosition[position] >= 0 {
            let zone = Int(zoneOfPosition[position])
            (zoneMembers + Int(zoneStarts[zone] + filled[zone])).initialize(to: Int32(position))
            filled[zone] += 1
        }
    }

    deinit {
        for position in 0..<count { states[position].release() }
        states.deallocate()
        slots.deallocate()
        ringKeys.deallocate()
        ringPositions.deallocate()
        zoneOfPosition.deallocate()
        zoneMembers.deallocate()
        zoneStarts.deallocate()
    }

    /// The endpoints of `zone` as a candidate list, or nil when no endpoint is in that zone.
    /// A linear search over the distinct zones, comparing with each zone's first member exactly as
    /// the filter compares `state.zone == clientZone`.
    @inline(__always)
    func zoneCandidates(_ zone: String) -> ZoneCandidates? {
        for index in 0..<zoneCount {
            let first = Int(zoneMembers[Int(zoneStarts[index])])
            if states[first]._withUnsafeGuaranteedRef({ $0.zone == zone }) {
                let start = Int(zoneStarts[index])
                return ZoneCandidates(
                    members: UnsafePointer(zoneMembers + start), count: Int(zoneStarts[index + 1]) - start,
                    zoneOfPosition: UnsafePointer(zoneOfPosition), zone: Int32(index))
            }
        }
        return nil
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
