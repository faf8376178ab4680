/// Entity id → origin hash for a group's members: the reverse index behind `routeEvent` (#152).
///
/// Open addressing with linear probing over a power-of-two table kept at most half full, and
/// backward-shift deletion (no tombstones, so probe chains stay short across any number of
/// re-placements). A lookup is one multiply, one shift and usually one 32-byte comparison — no
/// SipHash, which costs as much as scanning a few dozen members. The bucket comes from all four
/// words of the id, so ids that share their first bytes still spread.
package struct OriginHashIndex {
    struct Slot {
        var key: NodeID
        var originHash: UInt64
        var isOccupied: Bool

        static let empty = Slot(key: NodeID(words: (0, 0, 0, 0)), originHash: 0, isOccupied: false)
    }

    private(set) var slots = [Slot](repeating: .empty, count: 8)
    /// Number of stored ids.
    package private(set) var count = 0
    private var shift: UInt64 = 61

    private var mask: Int { slots.count - 1 }

    /// The home bucket of `key`: Fibonacci hashing of the xor-folded words.
    private func bucket(_ key: NodeID) -> Int {
        let folded =
            key.words.0 ^ key.words.1.rotatedLeft(16) ^ key.words.2.rotatedLeft(32) ^ key.words.3.rotatedLeft(48)
        return Int(truncatingIfNeeded: (folded &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The origin hash stored for `key`.
    /// - Complexity: O(1) expected; allocates nothing.
    package func originHash(for key: NodeID) -> UInt64? {
        var position = bucket(key)
        while true {
            let slot = slots[position]
            if !slot.isOccupied { return nil }
            if slot.key == key { return slot.originHash }
            position = (position + 1) & mask
        }
    }

    /// An empty index.
    package init() {}

    /// Stores `originHash` under `key`, replacing any previous value.
    package mutating func insert(_ key: NodeID, originHash: UInt64) {
        if (count + 1) * 2 > slots.count { grow() }
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

extension UInt64 {
    fileprivate func rotatedLeft(_ count: UInt64) -> UInt64 {
        (self << count) | (self >> (64 - count))
    }
}
