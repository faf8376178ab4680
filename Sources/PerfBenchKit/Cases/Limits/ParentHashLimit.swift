import CXXHash
import ComputeRuntime

/// The parent hash's floor: streaming XXH3-64 over the link's 32 wire bytes (four little-endian
/// words on the stack) and then the payload in place, through one state on the C stack.
final class ParentHashLimit: EventWorkload {
    /// The kernel over a parent-hash case's event stream.
    static func instance(payloadBytes: Int) -> any CaseInstance {
        EventDriver(ParentHashLimit(), events: ParentHashBuilder.events(payloadBytes: payloadBytes))
    }

    func perform(_ event: CausalEvent) -> UInt64 {
        let link = event.link
        let words = (
            link.originHash.littleEndian, link.horizonEncoded.littleEndian, link.sequence.littleEndian,
            link.parentHash.littleEndian
        )
        return withUnsafeBytes(of: words) { linkBytes in
            event.payload.withUnsafeBytes { payload in
                cxxhash_xxh3_64_two_parts(linkBytes.baseAddress, linkBytes.count, payload.baseAddress, payload.count)
            }
        }
    }
}
