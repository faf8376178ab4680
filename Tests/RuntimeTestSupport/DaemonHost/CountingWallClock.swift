import ComputeRuntime
import Synchronization

/// A wall clock that counts its reads and returns `start + reads so far`, so every read is distinct.
public final class CountingWallClock: WallClockSource {
    private let readCount = Atomic<UInt64>(0)
    private let start: UInt64

    public init(start: UInt64 = 1_700_000_000_000_000_000) {
        self.start = start
    }

    /// Number of reads so far.
    public var reads: UInt64 { readCount.load(ordering: .relaxed) }

    public func nanosecondsSinceEpoch() -> UInt64 {
        start + readCount.add(1, ordering: .relaxed).oldValue
    }
}
