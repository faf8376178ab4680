import ComputeRuntime
import LegacyBaseline
import RuntimeTestSupport
import XCTest

#if canImport(Glibc)
import Glibc
#endif

/// The legacy store keeps upstream's shape (#148 legacy cost) while yielding insertion order (§0.5).
final class LegacyEndpointTableTests: XCTestCase {
    func testShardCountIsFourPerCPU() {
        XCTAssertEqual(EndpointTableForTesting().shardCount, 4 * sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }

    func testWalkYieldsInsertionOrderAcrossShards() {
        let table = EndpointTableForTesting(shardCount: 8)
        let ids: [UInt8] = [9, 3, 200, 1, 77, 42, 5, 128, 64, 2]
        for n in ids { table.insert(Endpoint(NodeID(firstByte: n))) }
        table.remove(NodeID(firstByte: 77))
        table.insert(Endpoint(NodeID(firstByte: 3)).withWeight(1))
        let walked = table.walkedNodeIDs().map { $0.byte(at: 0) }
        XCTAssertEqual(walked, [9, 3, 200, 1, 42, 5, 128, 64, 2])
        XCTAssertEqual(table.count, 9)
        XCTAssertEqual(table.weight(of: NodeID(firstByte: 3)), 1)
    }
}
