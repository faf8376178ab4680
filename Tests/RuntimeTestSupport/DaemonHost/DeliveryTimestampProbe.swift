import ComputeRuntime

/// Drives a host of type `Host` on a `CountingWallClock` and reports the `receivedAt` stamps of its
/// outputs with the number of clock reads, so each runtime's test can state its own clock cost
/// (#162: the fixed host reads once per delivery, the legacy one once per output).
public struct DeliveryTimestampProbe<Host: DaemonHosting> {
    public init() {}

    /// What `deliver` stamped and how often it read the clock.
    public struct Reading: Equatable, Sendable {
        /// The outputs' `receivedAt`, one array per delivery.
        public var stamps: [[UInt64]]
        /// Clock reads over all deliveries.
        public var clockReads: UInt64
    }

    /// Delivers the same inbound event `deliveries` times to a host whose daemon answers every event
    /// with `outputsPerEvent` payloads and whose clock starts at 100.
    public func deliver(times deliveries: Int, outputsPerEvent: Int) throws(DaemonError) -> Reading {
        let clock = CountingWallClock(start: 100)
        let daemon = ScriptedDaemon { _ throws(DaemonError) in (0..<outputsPerEvent).map { [UInt8($0 + 1)] } }
        let host = Host(
            daemon: daemon, identity: DaemonIdentity(originHash: 1, entityID: NodeID(firstByte: 1)),
            config: DaemonHostConfig(), clock: .custom(clock))
        let inbound = CausalEvent(link: .genesis(originHash: 2, horizonEncoded: 0), payload: [], receivedAt: 0)
        var stamps: [[UInt64]] = []
        for _ in 0..<deliveries {
            stamps.append(try host.deliver(inbound).map(\.receivedAt))
        }
        return Reading(stamps: stamps, clockReads: clock.reads)
    }
}
