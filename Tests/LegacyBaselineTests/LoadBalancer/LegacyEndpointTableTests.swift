import ComputeRuntime
import RuntimeTestSupport
import XCTest

@testable import LegacyBaseline

#if canImport(Glibc)
import Glibc
#endif

/// The legacy store keeps upstream's shape (#148 legacy cost) while yielding insertion order (§0.5).
final class LegacyEndpointTableTests: XCTestCase {
    func testShardCountIsFourPerCPU() {
        XCTAssertEqual(EndpointTable().shardCount, 4 * sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }

    func testWalkYieldsInsertionOrderAcrossShards() {
        let table = EndpointTable(shardCount: 8)
        let ids: [UInt8] = [9, 3, 200, 1, 77, 42, 5, 128, 64, 2]
        for n in ids { table.insert(EndpointState(Endpoint(NodeID(firstByte: n)), clock: .system)) }
        table.remove(NodeID(firstByte: 77))
        table.insert(EndpointState(Endpoint(NodeID(firstByte: 3)).withWeight(1), clock: .system))
        var walked: [UInt8] = []
        table.forEachInInsertionOrder { walked.append($0.nodeID.byte(at: 0)) }
        XCTAssertEqual(walked, [9, 3, 200, 1, 42, 5, 128, 64, 2])
        XCTAssertEqual(table.count, 9)
        XCTAssertEqual(table.lookup(NodeID(firstByte: 3))?.weight, 1)
    }
}
