import ComputeRuntime
import XCTest

/// Chain-builder pins (spec §4.4, Appendix A), generic over the implementation so the legacy and
/// fixed test targets run the very same assertions.
public struct CausalChainBuilderSuite<Builder: CausalChainBuilding, Chain: CausalChainHashing> {
    public init() {}

    public func appendForOrigin0x1234MatchesAppendixA() {
        var builder = Builder(originHash: CausalChainVectors.builderOrigin, clock: .custom(CountingWallClock()))

        for step in CausalChainVectors.builderSteps {
            let event = builder.append(Array(step.payload.utf8), horizonEncoded: step.horizon)

            XCTAssertEqual(event?.link.sequence, step.sequence, "append \(step.payload.debugDescription)")
            XCTAssertEqual(event?.link.parentHash, step.parentHash, "append \(step.payload.debugDescription)")
            XCTAssertEqual(event?.link.horizonEncoded, step.horizon, "append \(step.payload.debugDescription)")
            XCTAssertEqual(event?.payload, Array(step.payload.utf8))
        }
        XCTAssertEqual(builder.sequence, 3)
    }

    public func firstAppendLinkBytesMatchAppendixA() {
        var builder = Builder(originHash: CausalChainVectors.builderOrigin)

        let event = builder.append(Array("a".utf8), horizonEncoded: 0)

        XCTAssertEqual(event?.link.toBytes(), CausalChainVectors.firstBuilderLinkBytes)
    }

    public func initStartsAtGenesisWithEmptyHeadPayload() {
        let builder = Builder(originHash: 0xABCD)

        XCTAssertEqual(builder.head, .genesis(originHash: 0xABCD, horizonEncoded: 0))
        XCTAssertEqual(builder.headPayload, [])
        XCTAssertEqual(builder.originHash, 0xABCD)
    }

    public func appendEachParentHashesThePreviousEvent() {
        var builder = Builder(originHash: 0xABCD)

        let first = builder.append(Array("event1".utf8), horizonEncoded: 0)!
        let second = builder.append(Array("event2".utf8), horizonEncoded: 0)!

        XCTAssertEqual(second.link.parentHash, Chain.computeParentHash(first.link, first.payload))
        XCTAssertEqual(builder.head, second.link)
        XCTAssertEqual(builder.headPayload, Array("event2".utf8))
    }

    public func fromHeadContinuesTheChainOfTheHead() {
        var original = Builder(originHash: 0x77)
        _ = original.append([1, 2, 3], horizonEncoded: 4)
        var resumed = Builder.fromHead(original.head, payload: original.headPayload)

        let expected = original.append([9], horizonEncoded: 1)
        let actual = resumed.append([9], horizonEncoded: 1)

        XCTAssertEqual(actual?.link, expected?.link)
        XCTAssertEqual(resumed.originHash, 0x77)
    }

    public func appendAtMaximumSequenceReturnsNilAndKeepsHead() {
        let head = CausalLink(originHash: 0x77, horizonEncoded: 0, sequence: .max, parentHash: 3)
        var builder = Builder.fromHead(head, payload: [1])

        XCTAssertNil(builder.append([2], horizonEncoded: 0))
        XCTAssertEqual(builder.head, head)
        XCTAssertEqual(builder.headPayload, [1])
    }

    public func appendStampsReceivedAtFromTheClock() {
        let clock = CountingWallClock(start: 500)
        var builder = Builder(originHash: 1, clock: .custom(clock))

        let first = builder.append([1], horizonEncoded: 0)
        let second = builder.append([2], horizonEncoded: 0)

        XCTAssertEqual(first?.receivedAt, 500)
        XCTAssertEqual(second?.receivedAt, 501)
        XCTAssertEqual(clock.reads, 2)
    }
}
