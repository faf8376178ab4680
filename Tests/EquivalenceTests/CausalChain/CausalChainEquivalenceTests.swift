import ComputeRuntime
import LegacyBaseline
import RuntimeTestSupport
import XCTest

final class CausalChainEquivalenceTests: XCTestCase {
    func testSeededLinksAndPayloads_giveIdenticalParentHashesAndValidation() {
        let seed = SplitMix64.replaySeed ?? 0xC4A1_0000
        var random = ScriptRandom(seed: seed)
        let replay = "seed 0x\(String(seed, radix: 16)) (replay: PERFBENCH_SEED=0x\(String(seed, radix: 16)))"

        for step in 0..<300 {
            let link = CausalLink(
                originHash: random.next(), horizonEncoded: random.next(), sequence: random.next() >> random.below(64),
                parentHash: random.next())
            let payload = (0..<random.below(2_100)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            var next = CausalLink(
                originHash: link.originHash, horizonEncoded: 0, sequence: link.sequence &+ 1,
                parentHash: ComputeRuntime.CausalChain.computeParentHash(link, payload))
            if random.chance(30) { next.parentHash ^= 1 }
            if random.chance(10) { next.sequence &+= 1 }
            if random.chance(10) { next.originHash ^= 4 }

            XCTAssertEqual(
                ComputeRuntime.CausalChain.computeParentHash(link, payload),
                LegacyBaseline.CausalChain.computeParentHash(link, payload), "\(replay) step \(step)")
            XCTAssertEqual(
                validation { () throws(ChainError) in
                    try ComputeRuntime.CausalChain.validateLink(previous: link, previousPayload: payload, next: next)
                },
                validation { () throws(ChainError) in
                    try LegacyBaseline.CausalChain.validateLink(previous: link, previousPayload: payload, next: next)
                }, "\(replay) step \(step)")
        }
    }

    private func validation(_ body: () throws(ChainError) -> Void) -> ChainError? {
        do throws(ChainError) {
            try body()
            return nil
        } catch {
            return error
        }
    }
}
