import ComputeRuntime
import LegacyBaseline
import RuntimeTestSupport
import XCTest

/// Chain-builder pins (spec §4.4, Appendix A) on `LegacyBaseline.CausalChainBuilder`.
final class LegacyCausalChainBuilderTests: XCTestCase {
    private let suite = CausalChainBuilderSuite<LegacyBaseline.CausalChainBuilder, LegacyBaseline.CausalChain>()

    func testAppend_forOrigin0x1234_matchesAppendixA() { suite.appendForOrigin0x1234MatchesAppendixA() }

    func testFirstAppend_linkBytesMatchAppendixA() { suite.firstAppendLinkBytesMatchAppendixA() }

    func testInit_startsAtGenesisWithEmptyHeadPayload() { suite.initStartsAtGenesisWithEmptyHeadPayload() }

    func testAppend_eachParentHashesThePreviousEvent() { suite.appendEachParentHashesThePreviousEvent() }

    func testFromHead_continuesTheChainOfTheHead() { suite.fromHeadContinuesTheChainOfTheHead() }

    func testAppend_atMaximumSequence_returnsNilAndKeepsHead() { suite.appendAtMaximumSequenceReturnsNilAndKeepsHead() }

    func testAppend_stampsReceivedAtFromTheClock() { suite.appendStampsReceivedAtFromTheClock() }
}
