import ComputeRuntime
import LegacyBaseline
import RuntimeTestSupport
import XCTest

/// Appendix A vectors for the hash ring, checked on both implementations.
final class LoadBalancerSpecVectorTests: XCTestCase {
    private typealias F = LoadBalancerFixtures

    func testFNV1aVectors() {
        XCTAssertEqual(FNV1a.hash(""), 0xcbf2_9ce4_8422_2325)
        XCTAssertEqual(FNV1a.hash("user-123"), 0x989e_d0e2_41ff_3353)
        XCTAssertEqual(FNV1a.hash("user-12345"), 0x2f1c_cdc0_4341_d990)
        let key = FNV1a.ringKey(F.id(1), virtualNode: 0)
        XCTAssertEqual(key, "[1" + String(repeating: ", 0", count: 31) + "]-0")
        XCTAssertEqual(FNV1a.hash(key), 0x48f3_434a_9897_5be3)
    }

    func testUser123LandsOnRingIndex400InBoth() {
        let rings = [
            F.make(LegacyBaseline.LoadBalancer.self, .consistentHash).withNodes(1...3).ringEntries,
            F.make(ComputeRuntime.LoadBalancer.self, .consistentHash).withNodes(1...3).ringEntries,
        ]
        for ring in rings {
            XCTAssertEqual(ring.count, 450)
            let index = ring.firstIndex { $0.key >= FNV1a.hash("user-123") }
            XCTAssertEqual(index, 400)
            XCTAssertEqual(ring[400].key, 0xff8b_e7e8_7fb5_7f30)
            XCTAssertEqual(ring[400].node, F.id(3))
        }
    }

    func testBenchRingRoutesUser12345ToNodeZeroInBoth() throws {
        let context = RequestContext().withSession("user-12345")
        XCTAssertEqual(
            try F.make(LegacyBaseline.LoadBalancer.self, .consistentHash).withNodes(0...9).select(context).nodeID,
            F.id(0))
        XCTAssertEqual(
            try F.make(ComputeRuntime.LoadBalancer.self, .consistentHash).withNodes(0...9).select(context).nodeID,
            F.id(0))
    }

    func testRandomUnitNeverReachesOne() {
        XCTAssertLessThan(RandomSource.unitInterval(.max), 1.0)
        XCTAssertEqual(RandomSource.unitInterval(0), 0.0)
    }
}

extension LoadBalancing {
    fileprivate func withNodes(_ ids: ClosedRange<UInt8>) -> Self {
        for n in ids { addEndpoint(Endpoint(NodeID(firstByte: n))) }
        return self
    }
}
