import ComputeRuntime
import LegacyBaseline
import RuntimeTestSupport
import XCTest

/// Parent-hash pins (spec §4.3, Appendix A) on `LegacyBaseline.CausalChain`.
final class LegacyParentHashTests: XCTestCase {
    private let suite = ParentHashSuite<LegacyBaseline.CausalChain>()

    func testXXH3OfEmptyInput_matchesAppendixA() { suite.xxh3OfEmptyInputMatchesAppendixA() }

    func testComputeParentHash_matchesAppendixAForEveryPayloadSize() {
        suite.computeParentHashMatchesAppendixAForEveryPayloadSize()
    }

    func testComputeParentHashStreamingMatchesConcatenatedOneshot() {
        suite.computeParentHashStreamingMatchesConcatenatedOneshot()
    }

    func testComputeParentHashOfHello_matchesAppendixA() { suite.computeParentHashOfHelloMatchesAppendixA() }

    func testNextLink_hashesPreviousLinkAndPayload() { suite.nextLinkHashesPreviousLinkAndPayload() }

    func testNextLink_atMaximumSequence_isNil() { suite.nextLinkAtMaximumSequenceIsNil() }
}
