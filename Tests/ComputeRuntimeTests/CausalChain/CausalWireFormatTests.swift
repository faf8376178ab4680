import ComputeRuntime
import RuntimeTestSupport
import XCTest

final class CausalWireFormatTests: XCTestCase {
    private func events() -> [CausalEvent] {
        var builder = ComputeRuntime.CausalChainBuilder(originHash: 0x1234)
        return [[1, 2, 3], [], Array(repeating: 7, count: 40)].map { builder.append($0, horizonEncoded: 5)! }
    }

    func testWriteThenRead_roundTripsLinksAndPayloadsAndStampsReadTime() {
        let original = events()
        var buffer: [UInt8] = []

        let result = CausalWireFormat.write(original, into: &buffer)
        let parsed = CausalWireFormat.read(buffer, count: 3, clock: .custom(CountingWallClock(start: 10)))

        XCTAssertEqual(result, .init(bytesWritten: 3 * 36 + 43, eventsWritten: 3, eventsSkipped: 0))
        XCTAssertEqual(parsed.map(\.link), original.map(\.link))
        XCTAssertEqual(parsed.map(\.payload), original.map(\.payload))
        XCTAssertEqual(parsed.map(\.receivedAt), [10, 11, 12])
    }

    func testWrite_framesTotalLengthThenLinkThenPayload() {
        let event = events()[0]
        var buffer: [UInt8] = []

        _ = CausalWireFormat.write([event], into: &buffer)

        XCTAssertEqual(buffer, [35, 0, 0, 0] + event.link.toBytes() + [1, 2, 3])
    }

    func testRead_stopsAtTheFirstMalformedEntry() {
        var buffer: [UInt8] = []
        _ = CausalWireFormat.write(events(), into: &buffer)
        let truncated = Array(buffer.dropLast())
        var tooShort: [UInt8] = []
        _ = CausalWireFormat.write([events()[0]], into: &tooShort)
        tooShort += [31, 0, 0, 0] + [UInt8](repeating: 0, count: 31)

        XCTAssertEqual(CausalWireFormat.read(truncated, count: 3).count, 2)
        XCTAssertEqual(CausalWireFormat.read(tooShort, count: 2).count, 1)
        XCTAssertEqual(CausalWireFormat.read(buffer, count: 2).count, 2)
        XCTAssertEqual(CausalWireFormat.read([1, 0], count: 1).count, 0)
    }
}
