import ComputeRuntime
import LegacyBaseline
import PerfBenchKit
import RuntimeTestSupport
import XCTest

final class LegacyParentHashAllocationTests: XCTestCase {
    func testComputeParentHash_allocatesOneConcatenationBufferPerCall() throws {
        let counter = try AllocationCounter.make()
        let link = CausalLink.genesis(originHash: 0xDEAD_BEEF, horizonEncoded: 42)
        for row in CausalChainVectors.parentHashes {
            let payload = CausalChainVectors.payload(size: row.size)
            _ = LegacyBaseline.CausalChain.computeParentHash(link, payload)
            var digest: UInt64 = 0

            let before = counter.snapshot()
            for _ in 0..<100 {
                digest ^= LegacyBaseline.CausalChain.computeParentHash(link, payload)
            }
            let used = counter.snapshot().delta(since: before)

            XCTAssertEqual(used.allocations, 100, "payload size \(row.size)")
            XCTAssertEqual(used.frees, 100, "payload size \(row.size)")
            XCTAssertGreaterThanOrEqual(used.bytesAllocated, UInt64(100 * (32 + row.size)), "payload size \(row.size)")
            XCTAssertEqual(digest, 0, "100 equal digests XOR to 0 (size \(row.size))")
        }
    }
}
