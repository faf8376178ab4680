import ComputeRuntime
import LegacyBaseline

/// The static chain functions both runtimes' `CausalChain` enums provide (spec §4.3–§4.4), so one
/// test body can check either. The runtimes have no shared protocol for them; this one is test-only.
public protocol CausalChainOperations {
    static func computeParentHash(_ link: CausalLink, _ payload: [UInt8]) -> UInt64
    static func nextLink(after link: CausalLink, payload: [UInt8], horizonEncoded: UInt64) -> CausalLink?
    static func validateLink(previous: CausalLink, previousPayload: [UInt8], next: CausalLink) throws(ChainError)
}

extension ComputeRuntime.CausalChain: CausalChainOperations {}
extension LegacyBaseline.CausalChain: CausalChainOperations {}
