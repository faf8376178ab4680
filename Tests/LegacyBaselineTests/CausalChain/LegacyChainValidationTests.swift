import ComputeRuntime
import LegacyBaseline
import RuntimeTestSupport
import XCTest

/// `validateLink` pins (spec §4.4) on `LegacyBaseline.CausalChain`.
final class LegacyChainValidationTests: XCTestCase {
    private let suite = ChainValidationSuite<LegacyBaseline.CausalChainBuilder, LegacyBaseline.CausalChain>()

    func testValidateLink_acceptsTheBuildersNextLink() { suite.validateLinkAcceptsTheBuildersNextLink() }

    func testValidateLink_ignoresTheHorizon() { suite.validateLinkIgnoresTheHorizon() }

    func testValidateLink_otherOrigin_throwsOriginMismatch() { suite.validateLinkOtherOriginThrowsOriginMismatch() }

    func testValidateLink_skippedSequence_throwsSequenceGap() { suite.validateLinkSkippedSequenceThrowsSequenceGap() }

    func testValidateLink_previousAtMaximumSequence_throwsSequenceGapExpectingMaximum() {
        suite.validateLinkPreviousAtMaximumSequenceThrowsSequenceGapExpectingMaximum()
    }

    func testValidateLink_wrongParent_throwsParentHashMismatch() {
        suite.validateLinkWrongParentThrowsParentHashMismatch()
    }

    func testValidateLink_payloadOtherThanThePrevious_throwsParentHashMismatch() {
        suite.validateLinkPayloadOtherThanThePreviousThrowsParentHashMismatch()
    }
}
