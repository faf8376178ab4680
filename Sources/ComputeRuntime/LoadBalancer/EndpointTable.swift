/// An immutable view of the registered endpoints, published atomically on every membership change
/// (#148). Everything a select needs lives in flat buffers so the hot path touches no reference
/// counts: the states in insertion order (each retained once by the snapshot), an open-addressing
/// id → position index for point lookups, and the sorted consistent-hash ring.
final class EndpointTable: @unchecked Sendable {
    let count: Int
    private let states: UnsafeMutablePointer<Unmanaged<EndpointState>>
    /// Open addressing over positions; −1 marks an empty slot. Capacity is a power of two ≥ 2 × count.
    private let slots: UnsafeMutablePointer<Int32>
    private let slotMask: Int
    /// #150: ring keys ascending, with the owning endpoint's position in `states` alongside (#169).
    let ringKeys: UnsafeMutableBufferPointer<UInt64>
    let ringPositions: UnsafeMutableBufferPointer<UInt32>

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
    }

    deinit {
        for position in 0..<count { states[position].release() }
        states.deallocate()
        slots.deallocate()
        ringKeys.deallocate()
        ringPositions.deallocate()
    }

    @inline(__always)
    private static func slotHash(_ id: NodeID) -> Int {
        let mixed = (id.words.0 ^ (id.words.1 &* 0x9E37_79B9_7F4A_7C15) ^ id.words.2 ^ id.words.3)
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
