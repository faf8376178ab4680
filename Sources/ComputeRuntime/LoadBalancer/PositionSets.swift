/// Snapshot positions grouped by a string key (a tag, a zone), built with a snapshot (#148 filtered path).
///
/// Each distinct key (numbered in order of first appearance) has its positions ascending; a key
/// carried by at least one endpoint per 64 also has a bitmap over all positions, so intersecting a
/// candidate bitmap with it is one AND per word. Sparser keys apply their position list instead
/// (O(list + words)). Memory stays within O(key memberships): a bitmap of `wordCount` words is only
/// built for a key with at least `wordCount` positions.
package final class PositionSets: @unchecked Sendable {
    /// Distinct keys, in order of first appearance.
    let keys: [String]
    /// Key → number, for lookups among many keys (nil when `keys` is short enough to scan).
    private let numbers: [String: Int]?
    /// Positions of key `k` at `positions[starts[k] ..< starts[k + 1]]`, ascending.
    private let starts: UnsafeMutablePointer<Int32>
    private let positions: UnsafeMutablePointer<Int32>
    /// Word offset of key `k`'s bitmap in `bitmaps`, or −1 for a list-only key.
    private let bitmapOffsets: UnsafeMutablePointer<Int32>
    private let bitmaps: UnsafeMutablePointer<UInt64>
    let wordCount: Int

    /// Up to this many keys, a lookup compares strings in order rather than hashing.
    private static let scanLimit = 8

    /// Groups `memberships` (key, position) pairs given in ascending position order.
    package init(_ memberships: [(key: String, position: Int32)], wordCount: Int) {
        self.wordCount = wordCount
        var numbering: [String: Int] = [:]
        var orderedKeys: [String] = []
        var sizes: [Int32] = []
        for (key, _) in memberships {
            if let known = numbering[key] {
                sizes[known] += 1
            } else {
                numbering[key] = orderedKeys.count
                orderedKeys.append(key)
                sizes.append(1)
            }
        }
        keys = orderedKeys
        numbers = orderedKeys.count > Self.scanLimit ? numbering : nil
        let keyCount = orderedKeys.count
        starts = .allocate(capacity: keyCount + 1)
        bitmapOffsets = .allocate(capacity: max(1, keyCount))
        var start: Int32 = 0
        var bitmapWords = 0
        for key in 0..<keyCount {
            (starts + key).initialize(to: start)
            start += sizes[key]
            let dense = Int(sizes[key]) >= wordCount
            (bitmapOffsets + key).initialize(to: dense ? Int32(bitmapWords) : -1)
            if dense { bitmapWords += wordCount }
        }
        (starts + keyCount).initialize(to: start)
        positions = .allocate(capacity: max(1, Int(start)))
        bitmaps = .allocate(capacity: max(1, bitmapWords))
        bitmaps.initialize(repeating: 0, count: max(1, bitmapWords))
        var filled = [Int32](repeating: 0, count: keyCount)
        for (key, position) in memberships {
            let number = numbering[key]!
            (positions + Int(starts[number] + filled[number])).initialize(to: position)
            filled[number] += 1
            let offset = Int(bitmapOffsets[number])
            if offset >= 0 { bitmaps[offset + Int(position >> 6)] |= 1 << UInt64(position & 63) }
        }
    }

    deinit {
        starts.deallocate()
        positions.deallocate()
        bitmapOffsets.deallocate()
        bitmaps.deallocate()
    }

    /// The number of `key`, or nil when no position carries it. Exact string equality (`==`), as
    /// the filter compares tags and zones.
    @inline(__always)
    package func number(of key: String) -> Int? {
        if let numbers { return numbers[key] }
        for index in keys.indices where keys[index] == key { return index }
        return nil
    }

    /// The positions carrying key `number`, ascending.
    @inline(__always)
    package func members(of number: Int) -> UnsafeBufferPointer<Int32> {
        UnsafeBufferPointer(start: positions + Int(starts[number]), count: Int(starts[number + 1] - starts[number]))
    }

    /// Clears from `words` every position that does not carry key `number`.
    @inline(__always)
    package func intersect(_ number: Int, into words: UnsafeMutablePointer<UInt64>) {
        let offset = Int(bitmapOffsets[number])
        if offset >= 0 {
            for word in 0..<wordCount { words[word] &= bitmaps[offset + word] }
            return
        }
        var next = Int(starts[number])
        let end = Int(starts[number + 1])
        for word in 0..<wordCount {
            var mask: UInt64 = 0
            while next < end, Int(positions[next] >> 6) == word {
                mask |= 1 << UInt64(positions[next] & 63)
                next += 1
            }
            words[word] &= mask
        }
    }

    /// Moves the positions carrying key `number` from `words` to `matches` (which it overwrites).
    @inline(__always)
    package func split(
        _ number: Int, from words: UnsafeMutablePointer<UInt64>, into matches: UnsafeMutablePointer<UInt64>
    ) {
        let offset = Int(bitmapOffsets[number])
        if offset >= 0 {
            for word in 0..<wordCount {
                matches[word] = words[word] & bitmaps[offset + word]
                words[word] &= ~bitmaps[offset + word]
            }
            return
        }
        matches.update(repeating: 0, count: wordCount)
        for index in Int(starts[number])..<Int(starts[number + 1]) {
            let position = Int(positions[index])
            let bit: UInt64 = 1 << UInt64(position & 63)
            matches[position >> 6] |= words[position >> 6] & bit
            words[position >> 6] &= ~bit
        }
    }
}
