import ComputeRuntime
import PerfBenchKit
import XCTest

/// Counts the heap traffic of `computeParentHash` for every Appendix A payload size, generic over
/// the implementation; each test target states what its runtime must cost (the fixed one nothing,
/// the legacy one its preserved #154 concatenation buffer).
public struct ParentHashAllocationSuite<Chain: CausalChainHashing> {
    public init() {}

    /// Warms up once per payload size, then hashes it 100 times and hands the counted traffic with
    /// the payload size to `expect`. Also checks that the 100 digests are equal (they XOR to 0).
    package func computeParentHash100Times(
        expect: (_ used: AllocationSnapshot, _ payloadSize: Int) -> Void
    ) throws {
        let counter = try AllocationCounter.make()
        let link = CausalLink.genesis(originHash: 0xDEAD_BEEF, horizonEncoded: 42)
        for row in CausalChainVectors.parentHashes {
            let payload = CausalChainVectors.payload(size: row.size)
            _ = Chain.computeParentHash(link, payload)
            var digest: UInt64 = 0

            let before = counter.snapshot()
            for _ in 0..<100 {
                digest ^= Chain.computeParentHash(link, payload)
            }
            let used = counter.snapshot().delta(since: before)

            expect(used, row.size)
            XCTAssertEqual(digest, 0, "100 equal digests XOR to 0 (size \(row.size))")
        }
    }
}
