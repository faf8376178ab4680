import ComputeRuntime

/// One step of a daemon-host parity script.
public enum DeliveryOperation: Equatable, Sendable {
    /// Deliver an inbound event from `origin` at `sequence` to host `host`.
    case deliver(host: Int, origin: UInt64, sequence: UInt64, payload: [UInt8])
    /// Take host `source`'s snapshot and restore it into host `target` in place.
    case restore(source: Int, target: Int)
}

/// What one step left behind on its host; `receivedAt` is local metadata and excluded.
public struct DeliveryObservation: Equatable, Sendable {
    public var links: [CausalLink]
    public var payloads: [[UInt8]]
    public var error: DaemonError?
    public var stats: DaemonStats
    public var head: CausalLink
    public var horizon: ObservedHorizon
}

/// A seeded parity script over several hosts whose daemons emit 0…3 outputs and sometimes throw.
public struct DeliveryScript: Sendable {
    /// Number of hosts the script drives.
    public let hostCount: Int
    public let operations: [DeliveryOperation]

    /// A script of `length` steps from `seed`: 20 inbound origins (more than the 16 a bloom is
    /// tuned for), sequences that rise, repeat and fall back, payloads of 0…80 bytes.
    public static func make(seed: UInt64, hostCount: Int = 3, length: Int = 400) -> DeliveryScript {
        var random = ScriptRandom(seed: seed)
        let origins = (0..<20).map { _ in random.next() }
        var operations: [DeliveryOperation] = []
        for _ in 0..<length {
            if random.chance(4) {
                operations.append(.restore(source: random.below(hostCount), target: random.below(hostCount)))
            } else {
                let payload = (0..<random.below(81)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
                operations.append(
                    .deliver(
                        host: random.below(hostCount), origin: random.pick(origins), sequence: UInt64(random.below(50)),
                        payload: payload))
            }
        }
        return DeliveryScript(hostCount: hostCount, operations: operations)
    }

    /// The daemon every host runs: output count and failure depend only on the inbound event.
    public static func makeDaemon() -> ScriptedDaemon {
        ScriptedDaemon(name: "parity") { event throws(DaemonError) in
            let key = (event.payload.first.map(UInt64.init) ?? 0) &+ event.link.sequence &* 31
            if key % 23 == 0 { throw .processFailed("rejected \(key)") }
            let count = Int(key % 4)
            return (0..<count).map { index in Array(event.payload.prefix(index * 17)) + [UInt8(index)] }
        }
    }

    /// Runs the script on fresh hosts of type `Host`, one observation per step.
    public func run<Host: DaemonHosting>(on _: Host.Type) -> [DeliveryObservation] {
        let hosts = (0..<hostCount).map { index in
            Host(
                daemon: Self.makeDaemon(),
                identity: DaemonIdentity(originHash: 0xD000 + UInt64(index), entityID: NodeID(firstByte: UInt8(index))),
                config: DaemonHostConfig(), clock: .system)
        }
        return operations.map { operation in
            switch operation {
            case .deliver(let index, let origin, let sequence, let payload):
                let host = hosts[index]
                let inbound = CausalEvent(
                    link: CausalLink(originHash: origin, horizonEncoded: 0, sequence: sequence, parentHash: 0),
                    payload: payload, receivedAt: 0)
                do throws(DaemonError) {
                    let outputs = try host.deliver(inbound)
                    return observe(host, outputs.map(\.link), outputs.map(\.payload), nil)
                } catch {
                    return observe(host, [], [], error)
                }
            case .restore(let source, let target):
                let host = hosts[target]
                do throws(DaemonError) {
                    if let snapshot = hosts[source].takeSnapshot() { try host.restore(from: snapshot) }
                    return observe(host, [], [], nil)
                } catch {
                    return observe(host, [], [], error)
                }
            }
        }
    }

    private func observe(
        _ host: some DaemonHosting, _ links: [CausalLink], _ payloads: [[UInt8]], _ error: DaemonError?
    ) -> DeliveryObservation {
        DeliveryObservation(
            links: links, payloads: payloads, error: error, stats: host.stats, head: host.headLink,
            horizon: host.horizon)
    }
}
