import PerfBenchKit
import XCTest

final class EventDescriptorTests: XCTestCase {
    func testLeaderAlone_readsOneEventGroupRecord() throws {
        let leader = try EventDescriptor(openingLeader: EventEncoding.encode("task-clock"))
        var words = [UInt64](repeating: .max, count: 8)

        let bytes = try words.withUnsafeMutableBufferPointer { buffer throws(CounterError) in
            try leader.readGroup(into: buffer)
        }

        XCTAssertEqual(bytes, 4 * 8, "nr, time_enabled, time_running, one value")
        XCTAssertEqual(words[0], 1)
        XCTAssertEqual(words[1], 0, "a leader starts disabled")
        try leader.close()
    }

    func testMemberJoinsLeadersGroup() throws {
        let leader = try EventDescriptor(openingLeader: EventEncoding.encode("task-clock"))
        let member = try EventDescriptor(opening: EventEncoding.encode("page-faults"), inGroupOf: leader)
        var words = [UInt64](repeating: 0, count: 8)

        let bytes = try words.withUnsafeMutableBufferPointer { buffer throws(CounterError) in
            try leader.readGroup(into: buffer)
        }

        XCTAssertEqual(bytes, 5 * 8)
        XCTAssertEqual(words[0], 2)
        try member.close()
        try leader.close()
    }
}
