import ComputeRuntime
import RuntimeTestSupport
import XCTest

/// Parent-hash pins (spec §4.3, Appendix A) on `ComputeRuntime.CausalChain`.
final class ParentHashTests: XCTestCase {
    private let suite = ParentHashSuite<ComputeRuntime.CausalChain>()

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
