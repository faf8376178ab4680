/// What an entity has seen of every other origin: the highest sequence per origin and a logical
/// clock (spec §4.5).
///
/// Shared by both runtimes: its own operations have no audit cost. How often a host calls
/// `encode()` is the #153 difference, and lives in each runtime's `DaemonHost`.
public struct ObservedHorizon: Sendable, Equatable {
    /// Origin hash → highest sequence observed (0 when only `observe(o, 0)` was seen).
    public private(set) var entries: [UInt64: UInt64]
    /// Advances by one (saturating) whenever an observation raises a stored sequence, and on `merge`.
    public private(set) var logicalTime: UInt64

    /// An empty horizon at logical time 0.
    public init() {
        entries = [:]
        logicalTime = 0
    }

    /// Records that `origin` reached `sequence`.
    ///
    /// Inserts the origin with sequence 0 when absent, so observing `(o, 0)` adds `o` to the key set
    /// without advancing time. Re-observing a known origin is one in-place dictionary probe and
    /// never allocates.
    /// - Complexity: O(1) amortized.
    public mutating func observe(origin: UInt64, sequence: UInt64) {
        // A lookup, then `updateValue` only when the sequence rises: no `_modify` coroutine or
        // default-value autoclosure, which unoptimized builds heap-allocate on every call.
        if let stored = entries[origin] {
            guard sequence > stored else { return }
            entries.updateValue(sequence, forKey: origin)
        } else {
            entries[origin] = sequence
            guard sequence > 0 else { return }
        }
        logicalTime = logicalTime == .max ? .max : logicalTime + 1
    }

    /// The highest sequence observed for `origin`, or nil when never observed.
    public func get(_ origin: UInt64) -> UInt64? { entries[origin] }

    /// True when `origin` was observed at `sequence` or later.
    public func hasObserved(origin: UInt64, sequence: UInt64) -> Bool {
        guard let stored = entries[origin] else { return false }
        return stored >= sequence
    }

    /// True when `origin` is in the key set.
    public func containsOrigin(_ origin: UInt64) -> Bool { entries[origin] != nil }

    /// Number of distinct origins observed.
    @inlinable
    public var entityCount: Int { entries.count }

    /// Per-origin maximum of both horizons; logical time becomes `max(a, b)` plus 1 (saturating).
    public mutating func merge(_ other: ObservedHorizon) {
        for (origin, sequence) in other.entries where entries[origin].map({ sequence > $0 }) ?? true {
            entries[origin] = sequence
        }
        let later = Swift.max(logicalTime, other.logicalTime)
        logicalTime = later == .max ? .max : later + 1
    }

    /// The 64-bit bloom of the key set: OR of `bloomBits(origin)` over every origin; 0 when empty.
    ///
    /// Independent of sequences and of iteration order.
    /// - Complexity: O(n) with one XXH3-64 per origin.
    public func encode() -> UInt64 {
        var bits: UInt64 = 0
        for origin in entries.keys {
            bits |= Self.bloomBits(origin: origin)
        }
        return bits
    }
}
