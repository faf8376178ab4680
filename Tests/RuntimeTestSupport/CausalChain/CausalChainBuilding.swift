import ComputeRuntime
import LegacyBaseline

/// The chain-builder surface both runtimes' `CausalChainBuilder` provide (spec §4.4), so one test
/// body can check either. Test-only: the runtimes have no shared protocol for their builders.
public protocol CausalChainBuilding {
    init(originHash: UInt64, clock: WallClock)
    static func fromHead(_ head: CausalLink, payload: [UInt8], clock: WallClock) -> Self
    var originHash: UInt64 { get }
    var head: CausalLink { get }
    var headPayload: [UInt8] { get }
    var sequence: UInt64 { get }
    mutating func append(_ payload: [UInt8], horizonEncoded: UInt64) -> CausalEvent?
}

extension CausalChainBuilding {
    /// A builder at genesis on the system wall clock.
    public init(originHash: UInt64) { self.init(originHash: originHash, clock: .system) }

    /// A builder continuing from `head` on the system wall clock.
    public static func fromHead(_ head: CausalLink, payload: [UInt8]) -> Self {
        fromHead(head, payload: payload, clock: .system)
    }
}

extension ComputeRuntime.CausalChainBuilder: CausalChainBuilding {}
extension LegacyBaseline.CausalChainBuilder: CausalChainBuilding {}
