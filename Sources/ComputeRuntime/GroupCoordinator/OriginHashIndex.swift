/// Entity id → origin hash for a group's members: the reverse index behind `routeEvent` (#152).
///
/// Open addressing with linear probing over a power-of-two table kept at most a quarter full (a
/// lookup almost always ends in its home slot; 64 KiB at 255 members), and
/// backward-shift deletion (no tombstones, so probe chains stay short across any number of
/// re-placements). A lookup is three adds, one multiply, one shift and usually one 32-byte
/// comparison, about 30 instructions — no SipHash, which costs as much as scanning a few dozen
/// members. The bucket comes from all four words of the id, so ids that share their first bytes
/// still spread.
package struct OriginHashIndex {
    /// One bucket, padded to 64 bytes so a slot address is one shift (a 48-byte stride costs two
    /// instructions per probe) and a slot never straddles two cache lines.
    struct Slot {
        var key: NodeID
        var originHash: UInt64
        var isOccupied: Bool
        private var padding: (UInt64, UInt64) = (0, 0)

        init(key: NodeID, originHash: UInt64, isOccupied: Bool) {
            self.key = key
            self.originHash = originHash
            self.isOccupied = isOccupied
        }

        static let empty = Slot(key: NodeID(words: (0, 0, 0, 0)), originHash: 0, isOccupied: false)
    }

    private(set) var slots = [Slot](repeating: .empty, count: 8)
    /// Number of stored ids.
    package private(set) var count = 0
    /// 64 − log2(capacity): the multiplied hash's top bits pick the bucket.
    private var shift: UInt64 = 61

    private var mask: Int { slots.count - 1 }

    /// The home bucket of `key` in a table of `1 << (64 - shift)` slots: Fibonacci hashing of the sum
    /// of the words. `shift` stays within 1...61 (8 slots up to any addressable capacity), where the
    /// masking shift `&>>` equals `>>` without Swift's over-shift check.
    @inline(__always)
    private static func bucket(_ key: NodeID, shift: UInt64) -> Int {
        let folded = key.words.0 &+ key.words.1 &+ key.words.2 &+ key.words.3
        return Int(truncatingIfNeeded: (folded &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    @inline(__always)
    private func bucket(_ key: NodeID) -> Int {
        Self.bucket(key, shift: shift)
    }

    /// The origin hash stored for `key`.
    ///
    /// Inlined into the coordinator's lookup, and shaped for the common case: the home slot decides
    /// (the table is at most a quarter full, so most lookups end there) with few live registers; a
    /// collision continues in `probe(_:for:)`, out of line, with no more arguments than registers.
    /// The buffer pointer drops the bounds checks (`bucket` and the mask keep every position in range).
    /// - Complexity: O(1) expected; allocates nothing.
    @inline(__always)
    package func originHash(for key: NodeID) -> UInt64? {
        let home = bucket(key)
        return slots.withUnsafeBufferPointer { slots in
            let slot = slots.baseAddress.unsafelyUnwrapped + home
            // An empty slot ends every probe sequence, whatever key it holds.
            if slot.pointee.key == key { return slot.pointee.isOccupied ? slot.pointee.originHash : nil }
            if !slot.pointee.isOccupied { return nil }
            return Self.probe(slots, for: key)
        }
    }

    /// The probe sequence of `key` after a collision in its home slot.
    @inline(never)
    private static func probe(_ slots: UnsafeBufferPointer<Slot>, for key: NodeID) -> UInt64? {
        let mask = slots.count - 1
        // The capacity is 2^(64 − shift).
        var position = (bucket(key, shift: UInt64(slots.count.leadingZeroBitCount + 1)) &+ 1) & mask
        while true {
            if slots[position].key == key { return slots[position].isOccupied ? slots[position].originHash : nil }
            if !slots[position].isOccupied { return nil }
            position = (position &+ 1) & mask
        }
    }

    /// An empty index.
    package init() {}

    /// Stores `originHash` under `key`, replacing any previous value.
    package mutating func insert(_ key: NodeID, originHash: UInt64) {
        if (count + 1) * 4 > slots.count { grow() }
        var position = bucket(key)
        while slots[position].isOccupied {
            if slots[position].key == key {
                slots[position].originHash = originHash
                return
            }
            position = (position + 1) & mask
        }
        slots[position] = Slot(key: key, originHash: originHash, isOccupied: true)
        count += 1
    }

    /// Removes `key`; no-op if absent.
    package mutating func remove(_ key: NodeID) {
        var hole = bucket(key)
        while true {
            if !slots[hole].isOccupied { return }
            if slots[hole].key == key { break }
            hole = (hole + 1) & mask
        }
        slots[hole].isOccupied = false
        count -= 1
        // Backward shift: pull later entries of the run into the hole unless their home bucket lies
        // cyclically after the hole (moving them would put them before their home).
        var next = (hole + 1) & mask
        while slots[next].isOccupied {
            let home = bucket(slots[next].key)
            let homeIsBetween = hole <= next ? (hole < home && home <= next) : (hole < home || home <= next)
            if !homeIsBetween {
                slots[hole] = slots[next]
                slots[next].isOccupied = false
                hole = next
            }
            next = (next + 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: .empty, count: old.count * 2)
        shift -= 1
        count = 0
        for slot in old where slot.isOccupied {
            insert(slot.key, originHash: slot.originHash)
        }
    }
}
