import Foundation
import PerfBenchKit
import XCTest

#if canImport(Glibc)
import Glibc
#endif

final class AllocationCounterTests: XCTestCase {
    private static let blockSize = 64
    private static let blockCount = 1_000

    func testMake_underSwiftTest_reportsJemallocActive() throws {
        let counter = try AllocationCounter.make()

        XCTAssertTrue(counter.isJemallocActive)
    }

    func testMallocOfNBlocks_countsExactlyNAllocationsAndBytes() throws {
        let counter = try AllocationCounter.make()
        var blocks = [UnsafeMutableRawPointer?](repeating: nil, count: Self.blockCount)
        Self.fill(&blocks)
        Self.drain(&blocks)

        let before = counter.snapshot()
        Self.fill(&blocks)
        let delta = counter.snapshot().delta(since: before)
        Self.drain(&blocks)

        XCTAssertEqual(delta.allocations, UInt64(Self.blockCount))
        XCTAssertEqual(delta.frees, 0)
        XCTAssertEqual(delta.bytesAllocated, UInt64(Self.blockCount * Self.blockSize))
        XCTAssertEqual(delta.bytesFreed, 0)
    }

    func testFreeOfNBlocks_countsExactlyNFreesAndBytes() throws {
        let counter = try AllocationCounter.make()
        var blocks = [UnsafeMutableRawPointer?](repeating: nil, count: Self.blockCount)
        Self.fill(&blocks)
        Self.drain(&blocks)
        Self.fill(&blocks)

        let before = counter.snapshot()
        Self.drain(&blocks)
        let delta = counter.snapshot().delta(since: before)

        XCTAssertEqual(delta.allocations, 0)
        XCTAssertEqual(delta.frees, UInt64(Self.blockCount))
        XCTAssertEqual(delta.bytesAllocated, 0)
        XCTAssertEqual(delta.bytesFreed, UInt64(Self.blockCount * Self.blockSize))
    }

    func testSwiftClassInstances_countOneAllocationAndOneFreeEach() throws {
        let counter = try AllocationCounter.make()
        var boxes: [Box] = []
        boxes.reserveCapacity(Self.blockCount)
        Self.makeAndDropBoxes(count: 10, into: &boxes)

        let before = counter.snapshot()
        Self.makeAndDropBoxes(count: Self.blockCount, into: &boxes)
        let delta = counter.snapshot().delta(since: before)

        XCTAssertEqual(delta.allocations, UInt64(Self.blockCount))
        XCTAssertEqual(delta.frees, UInt64(Self.blockCount))
        XCTAssertEqual(delta.bytesAllocated, delta.bytesFreed)
    }

    func testMovingRealloc_countsOneAllocationAndOneFree() throws {
        let counter = try AllocationCounter.make()
        // Every pointer is published to a global so the optimizer cannot elide the malloc/realloc/free chain.
        Sink.pointer = realloc(malloc(16), 4096)
        free(Sink.pointer)
        let block = malloc(16)
        Sink.pointer = block

        let before = counter.snapshot()
        Sink.pointer = realloc(block, 4096)
        let delta = counter.snapshot().delta(since: before)
        free(Sink.pointer)

        XCTAssertEqual(delta.allocations, 1)
        XCTAssertEqual(delta.frees, 1)
        XCTAssertEqual(delta.bytesAllocated, 4096)
        XCTAssertEqual(delta.bytesFreed, 16)
    }

    func testSnapshotOnAnotherThread_countsThatThreadsAllocationsExactly() throws {
        let counter = try AllocationCounter.make()
        let result = ThreadResult()

        let thread = Thread {
            var blocks = [UnsafeMutableRawPointer?](repeating: nil, count: Self.blockCount)
            Self.fill(&blocks)
            Self.drain(&blocks)
            let before = counter.snapshot()
            Self.fill(&blocks)
            result.delta = counter.snapshot().delta(since: before)
            Self.drain(&blocks)
            result.done.signal()
        }
        thread.start()
        result.done.wait()

        XCTAssertEqual(result.delta?.allocations, UInt64(Self.blockCount))
        XCTAssertEqual(result.delta?.bytesAllocated, UInt64(Self.blockCount * Self.blockSize))
    }

    func testSnapshotDelta_subtractsEachField() {
        let earlier = AllocationSnapshot(allocations: 3, frees: 1, bytesAllocated: 100, bytesFreed: 10)
        let later = AllocationSnapshot(allocations: 10, frees: 4, bytesAllocated: 740, bytesFreed: 90)

        let delta = later.delta(since: earlier)

        XCTAssertEqual(delta, AllocationSnapshot(allocations: 7, frees: 3, bytesAllocated: 640, bytesFreed: 80))
    }

    @inline(never)
    private static func fill(_ blocks: inout [UnsafeMutableRawPointer?]) {
        for index in blocks.indices { blocks[index] = malloc(blockSize) }
    }

    @inline(never)
    private static func drain(_ blocks: inout [UnsafeMutableRawPointer?]) {
        for index in blocks.indices {
            free(blocks[index])
            blocks[index] = nil
        }
    }

    /// Boxes escape into `boxes` (capacity reserved beforehand) so release builds cannot promote
    /// them to the stack; removing them keeps the capacity, so only the boxes come and go.
    @inline(never)
    private static func makeAndDropBoxes(count: Int, into boxes: inout [Box]) {
        for value in 0..<count { boxes.append(Box(value)) }
        boxes.removeAll(keepingCapacity: true)
    }
}

private final class Box {
    let value: Int
    init(_ value: Int) { self.value = value }
}

/// Hands one figure from a worker thread back to the test; the semaphore orders the accesses.
private final class ThreadResult: @unchecked Sendable {
    var delta: AllocationSnapshot?
    let done = DispatchSemaphore(value: 0)
}

private enum Sink {
    nonisolated(unsafe) static var pointer: UnsafeMutableRawPointer?
}
