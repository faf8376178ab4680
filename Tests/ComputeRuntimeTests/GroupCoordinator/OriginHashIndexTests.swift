import ComputeRuntime
import RuntimeTestSupport
import XCTest

final class OriginHashIndexTests: XCTestCase {
    func testLookupInsertReplaceRemove() {
        var index = OriginHashIndex()
        index.insert(NodeID(firstByte: 1), originHash: 0xA1)
        index.insert(NodeID(firstByte: 2), originHash: 0xA2)

        index.insert(NodeID(firstByte: 1), originHash: 0xB1)
        index.remove(NodeID(firstByte: 2))
        index.remove(NodeID(firstByte: 9))

        XCTAssertEqual(index.originHash(for: NodeID(firstByte: 1)), 0xB1)
        XCTAssertNil(index.originHash(for: NodeID(firstByte: 2)))
        XCTAssertEqual(index.count, 1)
    }

    /// Random inserts and removals over ids that share words (long probe runs, wrap-around,
    /// backward shifts) always agree with a Dictionary.
    func testAgreesWithDictionaryUnderRandomMutations() {
        let seed = SplitMix64.seedFromEnvironment()
        var random = SplitMix64(seed: seed)
        var index = OriginHashIndex()
        var model: [NodeID: UInt64] = [:]
        let keys = (0..<300).map { i -> NodeID in
            switch i % 3 {
            case 0: NodeID(words: (UInt64(i), 0, 0, 0))
            case 1: NodeID(words: (7, 7, 7, UInt64(i)))
            default: NodeID(words: (random.next(), random.next(), random.next(), random.next()))
            }
        }
        for step in 0..<20_000 {
            let key = keys[Int(random.next() % UInt64(keys.count))]
            if random.next() % 3 == 0 {
                index.remove(key)
                model[key] = nil
            } else {
                let value = random.next()
                index.insert(key, originHash: value)
                model[key] = value
            }
            let probe = keys[Int(random.next() % UInt64(keys.count))]
            if index.originHash(for: probe) != model[probe] || index.count != model.count {
                XCTFail("PERFBENCH_SEED=\(seed) step \(step): index and dictionary disagree on \(probe.words)")
                return
            }
        }
        for key in keys where index.originHash(for: key) != model[key] {
            XCTFail("PERFBENCH_SEED=\(seed): final disagreement on \(key.words)")
            return
        }
    }
}
