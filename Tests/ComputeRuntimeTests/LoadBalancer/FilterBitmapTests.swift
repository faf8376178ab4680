import ComputeRuntime
import RuntimeTestSupport
import XCTest

/// The bitmap pieces of the #148 filtered path agree with their plain definitions.
final class FilterBitmapTests: XCTestCase {
    func testIndexOfSetBitMatchesClearingBitByBit() {
        var random = SplitMix64(seed: 0x5E1EC7)
        let words: [UInt64] =
            [1, 1 << 63, .max, 0x8000_0000_0000_0001, 0xFF00_FF00_FF00_FF00]
            + (0..<300).map { _ in random.next() & random.next() | 1 }
        for word in words {
            var remaining = word
            for rank in 0..<word.nonzeroBitCount {
                XCTAssertEqual(word.indexOfSetBit(rank: rank), remaining.trailingZeroBitCount, "\(word) rank \(rank)")
                remaining &= remaining - 1
            }
        }
    }

    /// Dense keys (a bitmap) and sparse keys (a position list) intersect and split alike.
    func testPositionSetsIntersectAndSplitLikeSets() {
        let count = 300
        let wordCount = (count + 63) / 64
        var random = SplitMix64(seed: 0x9051)
        var memberships: [(key: String, position: Int32)] = []
        var members: [String: Set<Int>] = [:]
        for position in 0..<count {
            for (key, percent) in [("dense", 50), ("sparse", 1), ("rare", 0)]
            where random.chance(percent) || (key == "rare" && position == 299) {
                memberships.append((key, Int32(position)))
                members[key, default: []].insert(position)
            }
        }
        let sets = PositionSets(memberships, wordCount: wordCount)
        for key in ["dense", "sparse", "rare"] {
            let number = sets.number(of: key)!
            let before = (0..<count).filter { _ in random.chance(70) }
            var words = [UInt64](repeating: 0, count: wordCount)
            for position in before { words[position >> 6] |= 1 << UInt64(position & 63) }
            var intersected = words
            var rest = words
            var matches = [UInt64](repeating: .max, count: wordCount)

            intersected.withUnsafeMutableBufferPointer { sets.intersect(number, into: $0.baseAddress!) }
            rest.withUnsafeMutableBufferPointer { restWords in
                matches.withUnsafeMutableBufferPointer {
                    sets.split(number, from: restWords.baseAddress!, into: $0.baseAddress!)
                }
            }

            func positions(_ words: [UInt64]) -> Set<Int> {
                Set((0..<count).filter { words[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 })
            }
            XCTAssertEqual(positions(intersected), Set(before).intersection(members[key]!), key)
            XCTAssertEqual(positions(matches), Set(before).intersection(members[key]!), key)
            XCTAssertEqual(positions(rest), Set(before).subtracting(members[key]!), key)
            XCTAssertEqual(Array(sets.members(of: number)).map(Int.init), members[key]!.sorted(), key)
        }
        XCTAssertNil(sets.number(of: "absent"))
    }

    /// The cache answers only for the version it was stored under.
    func testExclusionCacheServesOnlyItsVersion() {
        let cache = ExclusionCache(wordCount: 2)
        let open: [UInt64] = [0b1011, 1 << 40]
        let circuit: [UInt64] = [0b1000, 0]
        var loadedOpen = [UInt64](repeating: 0, count: 2)
        var loadedCircuit = [UInt64](repeating: 0, count: 2)
        func load(_ version: UInt64) -> Int? {
            loadedOpen.withUnsafeMutableBufferPointer { openWords in
                loadedCircuit.withUnsafeMutableBufferPointer {
                    cache.load(version: version, open: openWords.baseAddress!, circuit: $0.baseAddress!)
                }
            }
        }
        XCTAssertNil(load(0), "empty until stored")

        cache.store(version: 7, open: open, openCount: 4, circuit: circuit)

        XCTAssertEqual(load(7), 4)
        XCTAssertEqual(loadedOpen, open)
        XCTAssertEqual(loadedCircuit, circuit)
        XCTAssertNil(load(8))
    }

    /// The cached exclusions follow every transition: a cap of one filling and draining, a health
    /// flip, a circuit tripping and its recovery window passing.
    func testCachedExclusionsFollowTransitions() throws {
        let clock = ManualClock()
        let balancer = LoadBalancerFixtures.make(ComputeRuntime.LoadBalancer.self, .roundRobin, clock: clock) {
            $0.maxConnectionsPerEndpoint = 1
            $0.circuitRecoveryTimeMs = 50
        }
        let ids = (1...3).map { LoadBalancerFixtures.id(UInt8($0)) }
        for id in ids { balancer.addEndpoint(Endpoint(id)) }
        var held: [NodeID] = []
        for _ in 0..<3 {
            let selection = try balancer.select(RequestContext())
            XCTAssertFalse(held.contains(selection.nodeID), "an endpoint at its cap was selected")
            held.append(selection.nodeID)
        }
        XCTAssertThrowsError(try balancer.select(RequestContext()), "every endpoint is at its cap")
        balancer.recordCompletion(held[1], success: true)
        XCTAssertEqual(try balancer.select(RequestContext()).nodeID, held[1], "only the drained one")
        for id in ids { balancer.recordCompletion(id, success: true) }

        balancer.updateHealth(ids[0], .unhealthy)
        for _ in 0..<5 { balancer.recordCompletion(ids[2], success: false) }
        for _ in 0..<4 {
            let selection = try balancer.select(RequestContext())
            XCTAssertEqual(selection.nodeID, ids[1], "unhealthy and circuit-open endpoints are filtered")
            balancer.recordCompletion(selection.nodeID, success: true)
        }
        clock.advance(milliseconds: 60)
        var seen: Set<NodeID> = []
        for _ in 0..<4 {
            let selection = try balancer.select(RequestContext())
            seen.insert(selection.nodeID)
            balancer.recordCompletion(selection.nodeID, success: true)
        }
        XCTAssertEqual(seen, [ids[1], ids[2]], "past the window the circuit admits its probe")
    }
}
