/// The consistent-hash ring of the fixed balancer (#150, #169), maintained on membership changes.
///
/// Contents are exactly the legacy ring's (spec §1.11): `owners` replays the legacy insert-with-probe
/// (overwrite the occupant, probe on to the next free key) so collisions and duplicate entries after
/// a re-add come out the same. What differs is when the work happens: each membership change merges
/// the touched keys into a new ascending key array (O(ring) per change instead of a copy + sort per
/// select), and every entry stores the owner's snapshot position so a select resolves it in O(1).
struct ConsistentHashRing {
    static let virtualNodes = 150

    /// Ring key → owner, the legacy map.
    private(set) var owners: [UInt64: NodeID] = [:]

    /// Adds `id`'s virtual nodes; returns the keys it now owns, ascending, without duplicates.
    mutating func add(_ id: NodeID) -> [UInt64] {
        var touched: [UInt64] = []
        touched.reserveCapacity(Self.virtualNodes)
        for index in 0..<Self.virtualNodes {
            var key = FNV1a.hash(FNV1a.ringKey(id, virtualNode: index))
            while owners.updateValue(id, forKey: key) != nil {
                touched.append(key)
                key &+= 1
            }
            touched.append(key)
        }
        touched.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(touched.count)
        for key in touched where unique.last != key { unique.append(key) }
        return unique
    }

    /// Deletes every entry of `id`.
    mutating func remove(_ id: NodeID) {
        owners = owners.filter { $0.value != id }
    }

    /// The sorted arrays of a new snapshot after `position` took ownership of `touchedKeys`.
    static func merging(
        keys oldKeys: UnsafeMutableBufferPointer<UInt64>, positions oldPositions: UnsafeMutableBufferPointer<UInt32>,
        touchedKeys: [UInt64], owner position: Int
    ) -> (UnsafeMutableBufferPointer<UInt64>, UnsafeMutableBufferPointer<UInt32>) {
        var newCount = oldKeys.count
        var probe = 0
        for key in touchedKeys {
            while probe < oldKeys.count, oldKeys[probe] < key { probe += 1 }
            if probe == oldKeys.count || oldKeys[probe] != key { newCount += 1 }
        }
        let keys = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: newCount)
        let positions = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: newCount)
        var old = 0
        var new = 0
        var out = 0
        let owner = UInt32(position)
        while old < oldKeys.count || new < touchedKeys.count {
            if new == touchedKeys.count || (old < oldKeys.count && oldKeys[old] < touchedKeys[new]) {
                keys[out] = oldKeys[old]
                positions[out] = oldPositions[old]
                old += 1
            } else {
                if old < oldKeys.count, oldKeys[old] == touchedKeys[new] { old += 1 }
                keys[out] = touchedKeys[new]
                positions[out] = owner
                new += 1
            }
            out += 1
        }
        return (keys, positions)
    }

    /// The sorted arrays of a new snapshot after the endpoint at `removedPosition` left: its entries
    /// go, later positions shift down by one.
    static func removing(
        keys oldKeys: UnsafeMutableBufferPointer<UInt64>, positions oldPositions: UnsafeMutableBufferPointer<UInt32>,
        position removedPosition: Int
    ) -> (UnsafeMutableBufferPointer<UInt64>, UnsafeMutableBufferPointer<UInt32>) {
        let removed = UInt32(removedPosition)
        let newCount = oldPositions.reduce(0) { $0 + ($1 == removed ? 0 : 1) }
        let keys = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: newCount)
        let positions = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: newCount)
        var out = 0
        for index in 0..<oldKeys.count where oldPositions[index] != removed {
            keys[out] = oldKeys[index]
            positions[out] = oldPositions[index] > removed ? oldPositions[index] - 1 : oldPositions[index]
            out += 1
        }
        return (keys, positions)
    }

    /// A fresh copy of the buffers (a membership change that leaves the ring alone).
    static func copying(
        keys: UnsafeMutableBufferPointer<UInt64>, positions: UnsafeMutableBufferPointer<UInt32>
    ) -> (UnsafeMutableBufferPointer<UInt64>, UnsafeMutableBufferPointer<UInt32>) {
        let newKeys = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: keys.count)
        _ = newKeys.initialize(fromContentsOf: keys)
        let newPositions = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: positions.count)
        _ = newPositions.initialize(fromContentsOf: positions)
        return (newKeys, newPositions)
    }

    /// The index of the first key ≥ `hash` (may equal the count).
    @inline(__always)
    static func lowerBound(_ keys: UnsafeMutableBufferPointer<UInt64>, _ hash: UInt64) -> Int {
        var low = 0
        var high = keys.count
        while low < high {
            let mid = (low &+ high) >> 1
            if keys[mid] < hash { low = mid &+ 1 } else { high = mid }
        }
        return low
    }
}
