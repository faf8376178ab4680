import PerfBenchKit
import XCTest

/// Synthetic ring buffers in the kernel's record layout (`include/uapi/linux/perf_event.h`).
final class PerfRecordParserTests: XCTestCase {
    static let contextUser = UInt64(bitPattern: -512)

    static func header(type: UInt32, size: Int) -> [UInt8] {
        bytes(type) + bytes(UInt16(0)) + bytes(UInt16(size))
    }

    static func sample(ip: UInt64, pid: UInt32 = 7, tid: UInt32 = 8, chain: [UInt64]) -> [UInt8] {
        let body = bytes(ip) + bytes(pid) + bytes(tid) + bytes(UInt64(chain.count)) + chain.flatMap(bytes)
        return header(type: 9, size: 8 + body.count) + body
    }

    static func lost(_ count: UInt64) -> [UInt8] {
        header(type: 2, size: 24) + bytes(UInt64(1)) + bytes(count)
    }

    static func throttle(_ type: UInt32) -> [UInt8] {
        header(type: type, size: 32) + bytes(UInt64(100)) + bytes(UInt64(1)) + bytes(UInt64(1))
    }

    static func bytes<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }

    /// A ring of `size` bytes holding `stream` from free-running position `tail`, wrapping at the end.
    static func ring(size: Int, tail: UInt64, stream: [UInt8]) -> [UInt8] {
        var ring = [UInt8](repeating: 0xEE, count: size)
        for (offset, byte) in stream.enumerated() {
            ring[Int((tail + UInt64(offset)) % UInt64(size))] = byte
        }
        return ring
    }

    func testSample_dropsContextMarkersFromTheCallchain() {
        let stream = Self.sample(ip: 0x1000, chain: [Self.contextUser, 0x1000, 0x2000, 0x3000])

        let records = PerfRecordParser.parse(stream)

        XCTAssertEqual(records.samples, [RawSample(ip: 0x1000, pid: 7, tid: 8, callchain: [0x1000, 0x2000, 0x3000])])
        XCTAssertEqual(records.truncatedRecords + records.truncatedBytes, 0)
    }

    func testUnreadBytes_recordSplitAcrossTheEndOfTheRing_comesOutWhole() {
        let stream =
            Self.sample(ip: 0xA, chain: [Self.contextUser, 0xA, 0xB]) + Self.sample(ip: 0xC, chain: [0xC, 0xD, 0xE])
        // 256-byte ring; the reader is 40 bytes before the end after 3 laps: the second record wraps.
        let tail: UInt64 = 3 * 256 + 216
        let ring = Self.ring(size: 256, tail: tail, stream: stream)

        let bytes = ring.withUnsafeBytes {
            PerfRecordParser.unreadBytes(data: $0, tail: tail, head: tail + UInt64(stream.count))
        }
        let records = PerfRecordParser.parse(bytes)

        XCTAssertEqual(bytes, stream)
        XCTAssertEqual(records.samples.map(\.callchain), [[0xA, 0xB], [0xC, 0xD, 0xE]])
    }

    func testUnreadBytes_nothingNew_isEmpty() {
        let ring = [UInt8](repeating: 0, count: 64)

        let bytes = ring.withUnsafeBytes { PerfRecordParser.unreadBytes(data: $0, tail: 640, head: 640) }

        XCTAssertEqual(bytes, [])
    }

    func testLostAndThrottleRecords_areCountedNotHidden() {
        let stream =
            Self.sample(ip: 1, chain: [1]) + Self.lost(17) + Self.throttle(5) + Self.lost(3) + Self.throttle(6)
            + Self.sample(ip: 2, chain: [2])

        let records = PerfRecordParser.parse(stream)

        XCTAssertEqual(records.samples.count, 2)
        XCTAssertEqual(records.lostSamples, 20)
        XCTAssertEqual(records.lostRecords, 2)
        XCTAssertEqual(records.throttleRecords, 1)
        XCTAssertEqual(records.unthrottleRecords, 1)
    }

    func testHeaderPromisingMoreThanIsThere_endsTheParseAndCountsTheBytes() {
        let whole = Self.sample(ip: 1, chain: [1, 2])
        let cut = Array(Self.sample(ip: 3, chain: [3, 4, 5]).prefix(30))

        let records = PerfRecordParser.parse(whole + cut)

        XCTAssertEqual(records.samples.count, 1)
        XCTAssertEqual(records.truncatedBytes, 30)
    }

    func testSampleShorterThanItsCallchain_isSkippedAndCounted() {
        // The header says 48 bytes, but nr = 5 needs 24 + 40 bytes of body.
        let body =
            Self.bytes(UInt64(1)) + Self.bytes(UInt32(7)) + Self.bytes(UInt32(8)) + Self.bytes(UInt64(5))
            + Self.bytes(UInt64(1)) + Self.bytes(UInt64(2))
        let stream = Self.header(type: 9, size: 8 + body.count) + body + Self.sample(ip: 9, chain: [9])

        let records = PerfRecordParser.parse(stream)

        XCTAssertEqual(records.truncatedRecords, 1)
        XCTAssertEqual(records.samples.map(\.ip), [9])
    }

    func testHeaderSmallerThanAHeader_endsTheParse() {
        let stream = Self.header(type: 9, size: 4) + [UInt8](repeating: 0, count: 16)

        let records = PerfRecordParser.parse(stream)

        XCTAssertEqual(records.samples, [])
        XCTAssertEqual(records.truncatedBytes, 24)
    }

    func testOtherRecordTypes_areSkipped() {
        let mmap = Self.header(type: 1, size: 16) + Self.bytes(UInt64(0))

        let records = PerfRecordParser.parse(mmap + Self.sample(ip: 5, chain: [5]))

        XCTAssertEqual(records.otherRecords, 1)
        XCTAssertEqual(records.samples.count, 1)
    }
}
