import ComputeRuntime
import PerfBenchKit
import RuntimeTestSupport
import XCTest

final class ParentHashAllocationTests: XCTestCase {
    func testComputeParentHash_allocatesNothingAfterWarmUp() throws {
        let counter = try AllocationCounter.make()
        let link = CausalLink.genesis(originHash: 0xDEAD_BEEF, horizonEncoded: 42)
        for row in CausalChainVectors.parentHashes {
            let payload = CausalChainVectors.payload(size: row.size)
            _ = ComputeRuntime.CausalChain.computeParentHash(link, payload)
            var digest: UInt64 = 0

            let before = counter.snapshot()
            for _ in 0..<100 {
                digest ^= ComputeRuntime.CausalChain.computeParentHash(link, payload)
            }
            let used = counter.snapshot().delta(since: before)

            XCTAssertEqual(used.allocations, 0, "payload size \(row.size)")
            XCTAssertEqual(digest, 0, "100 equal digests XOR to 0 (size \(row.size))")
        }
    }
}
