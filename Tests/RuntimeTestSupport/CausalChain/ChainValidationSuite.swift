import ComputeRuntime
import XCTest

/// `validateLink` pins (spec §4.4), generic over the implementation so the legacy and fixed test
/// targets run the very same assertions.
public struct ChainValidationSuite<Builder: CausalChainBuilding, Chain: CausalChainHashing> {
    public init() {}

    private func twoEvents() -> (CausalEvent, CausalEvent) {
        var builder = Builder(originHash: 0xABCD)
        let first = builder.append(Array("event1".utf8), horizonEncoded: 0)!
        let second = builder.append(Array("event2".utf8), horizonEncoded: 0)!
        return (first, second)
    }

    private func validationError(_ previous: CausalEvent, _ next: CausalLink) -> ChainError? {
        do throws(ChainError) {
            try Chain.validateLink(previous: previous.link, previousPayload: previous.payload, next: next)
            return nil
        } catch {
            return error
        }
    }

    public func validateLinkAcceptsTheBuildersNextLink() {
        let (first, second) = twoEvents()

        XCTAssertNil(validationError(first, second.link))
    }

    public func validateLinkIgnoresTheHorizon() {
        let (first, second) = twoEvents()
        var next = second.link
        next.horizonEncoded = 0xFFFF

        XCTAssertNil(validationError(first, next))
    }

    public func validateLinkOtherOriginThrowsOriginMismatch() {
        let (first, second) = twoEvents()
        var next = second.link
        next.originHash = 0xBEEF

        let error = validationError(first, next)

        XCTAssertEqual(error, .originMismatch(expected: 0xABCD, got: 0xBEEF))
        XCTAssertEqual(error?.description, "origin mismatch: expected 0xabcd, got 0xbeef")
    }

    public func validateLinkSkippedSequenceThrowsSequenceGap() {
        let (first, second) = twoEvents()
        var next = second.link
        next.sequence = 5

        let error = validationError(first, next)

        XCTAssertEqual(error, .sequenceGap(expected: 2, got: 5))
        XCTAssertEqual(error?.description, "sequence gap: expected 2, got 5")
    }

    public func validateLinkPreviousAtMaximumSequenceThrowsSequenceGapExpectingMaximum() {
        let previous = CausalEvent(
            link: CausalLink(originHash: 1, horizonEncoded: 0, sequence: .max, parentHash: 2), payload: [],
            receivedAt: 0)
        let next = CausalLink(originHash: 1, horizonEncoded: 0, sequence: 0, parentHash: 0)

        XCTAssertEqual(validationError(previous, next), .sequenceGap(expected: .max, got: 0))
    }

    public func validateLinkWrongParentThrowsParentHashMismatch() {
        let (first, second) = twoEvents()
        var next = second.link
        next.parentHash = 0x1234

        let error = validationError(first, next)

        XCTAssertEqual(error, .parentHashMismatch(expected: second.link.parentHash, got: 0x1234))
        XCTAssertEqual(
            error?.description,
            "parent hash mismatch: expected 0x\(String(second.link.parentHash, radix: 16)), got 0x1234")
    }

    public func validateLinkPayloadOtherThanThePreviousThrowsParentHashMismatch() {
        let (first, second) = twoEvents()
        let tampered = CausalEvent(link: first.link, payload: Array("evil".utf8), receivedAt: 0)

        guard case .parentHashMismatch(_, let got)? = validationError(tampered, second.link) else {
            return XCTFail("expected parentHashMismatch")
        }
        XCTAssertEqual(got, second.link.parentHash)
    }
}
