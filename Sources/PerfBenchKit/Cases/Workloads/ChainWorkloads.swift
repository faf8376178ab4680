import ComputeRuntime

/// `computeParentHash` of one runtime (#154: concatenate-then-hash vs streaming).
protocol ParentHashing {
    static func parentHash(_ link: CausalLink, _ payload: [UInt8]) -> UInt64
}

final class ParentHashWorkload<Hashing: ParentHashing>: EventWorkload {
    func perform(_ event: CausalEvent) -> UInt64 {
        Hashing.parentHash(event.link, event.payload)
    }
}

/// One `deliver` per event on a host whose daemon returns no output (#153) or one payload.
final class DeliverWorkload<Host: DaemonHosting>: EventWorkload {
    let host: Host

    init(_ host: Host) {
        self.host = host
    }

    func perform(_ event: CausalEvent) -> UInt64 {
        do {
            let outputs = try host.deliver(event)
            // receivedAt is local wall-clock metadata (#162): never part of the digest.
            guard let first = outputs.first else { return 1 }
            return UInt64(outputs.count) &+ first.link.parentHash &+ first.link.sequence &* 31
                &+ first.link.horizonEncoded
        } catch {
            return 0xE000_0000_0000_0000
        }
    }

    func stateFingerprint() -> UInt64 {
        ChainFixture.hostFingerprint(
            stats: host.stats, head: host.headLink, encodedHorizon: host.horizon.encode(),
            logicalTime: host.horizon.logicalTime)
    }
}

/// A daemon that returns the same prepared outputs for every event (none, or one payload):
/// returning a stored array costs a retain, so the host's own costs are what is measured.
final class FixedOutputDaemon: MeshDaemon {
    let outputs: [[UInt8]]

    init(outputs: [[UInt8]]) {
        self.outputs = outputs
    }

    var name: String { "perfbench-fixed-output" }

    func process(_ event: CausalEvent) throws(DaemonError) -> [[UInt8]] {
        outputs
    }
}

enum ChainFixture {
    /// Spec Appendix A's payload pattern: byte i = i · 31.
    static func payload(bytes: Int) -> [UInt8] {
        (0..<bytes).map { UInt8(truncatingIfNeeded: $0) &* 31 }
    }

    /// Events cycling over `origins` origins with rising sequences, each carrying `payload`.
    static func events(origins: Int, count: Int, payload: [UInt8]) -> [CausalEvent] {
        (0..<count).map { i in
            let origin = 0x0051_0000 &+ UInt64(i % origins) &* 0x1_0001
            let link = CausalLink(
                originHash: origin, horizonEncoded: 0, sequence: UInt64(i / origins + 1),
                parentHash: 0xFEED &+ UInt64(i))
            return CausalEvent(link: link, payload: payload, receivedAt: 0)
        }
    }

    /// A host's state after a digest pass folded into one word: its counters, head link and horizon
    /// (key set and logical time). Limit kernels of deliver fold theirs with this too.
    static func hostFingerprint(
        stats: DaemonStats, head: CausalLink, encodedHorizon: UInt64, logicalTime: UInt64
    ) -> UInt64 {
        var digest = OutputDigest()
        for word in [
            stats.eventsProcessed, stats.eventsEmitted, stats.errors, head.parentHash, head.sequence, encodedHorizon,
            logicalTime,
        ] {
            digest.add(word)
        }
        return digest.value
    }

    /// The identity of every host a deliver case builds.
    static let identity = DaemonIdentity(originHash: 0xC0DE, entityID: NodeID(firstByte: 0xC0))

    static func make<Host: DaemonHosting>(_ type: Host.Type, outputs: [[UInt8]]) -> Host {
        Host(daemon: FixedOutputDaemon(outputs: outputs), identity: identity)
    }
}

/// One recovery tick per event over a registry of handlers (#159, a cold path measured per call).
final class RecoveryTickWorkload<Registry: RecoveryRegistering>: EventWorkload {
    let registry: Registry

    init(_ registry: Registry, handlers: Int) {
        self.registry = registry
        for handler in 0..<handlers {
            let slots: [UInt8] = handler.isMultiple(of: 4) ? [UInt8(truncatingIfNeeded: handler)] : []
            registry.register { slots }
        }
    }

    func perform(_ tick: Int) -> UInt64 {
        let recovered = registry.tryRunAll()
        return UInt64(recovered.count) &* 31 &+ UInt64(recovered.first ?? 0)
    }

    func stateFingerprint() -> UInt64 {
        UInt64(registry.count)
    }
}
