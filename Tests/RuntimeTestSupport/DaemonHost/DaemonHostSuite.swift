import ComputeRuntime
import XCTest

/// Daemon-host pins (spec §4.1–§4.2), generic over the host and its chain functions so the legacy
/// and fixed test targets run the very same assertions.
public struct DaemonHostSuite<Host: DaemonHosting, Chain: CausalChainHashing> {
    public init() {}

    private let identity = DaemonIdentity(originHash: 0x5150, entityID: NodeID(firstByte: 0x51))

    private func inbound(origin: UInt64, sequence: UInt64, payload: [UInt8] = [1]) -> CausalEvent {
        CausalEvent(
            link: CausalLink(originHash: origin, horizonEncoded: 0, sequence: sequence, parentHash: 0),
            payload: payload,
            receivedAt: 0)
    }

    private func echo(count: Int) -> ScriptedDaemon {
        ScriptedDaemon { event throws(DaemonError) in (0..<count).map { event.payload + [UInt8($0)] } }
    }

    /// Whether the horizon is encoded on this path is the #153 difference; each runtime's own
    /// tests count it (`horizonEncodeCount`).
    public func deliverWithNoOutputsCountsObservesAndLeavesTheChain() throws {
        let host = Host(daemon: ScriptedDaemon.sink(), identity: identity)
        let headBefore = host.headLink

        let outputs = try host.deliver(inbound(origin: 0xC0DE, sequence: 7))

        XCTAssertEqual(outputs, [])
        XCTAssertEqual(host.stats, DaemonStats(eventsProcessed: 1, eventsEmitted: 0))
        XCTAssertEqual(host.headLink, headBefore)
        XCTAssertEqual(host.horizon.get(0xC0DE), 7)
    }

    public func deliverChainsEveryOutputWithTheHorizonAfterObserving() throws {
        let host = Host(daemon: echo(count: 2), identity: identity)
        _ = try host.deliver(inbound(origin: 0xAAAA, sequence: 1))

        let outputs = try host.deliver(inbound(origin: 0xBBBB, sequence: 4, payload: [9]))

        XCTAssertEqual(outputs.map(\.payload), [[9, 0], [9, 1]])
        XCTAssertEqual(outputs.map(\.link.sequence), [3, 4])
        XCTAssertEqual(
            outputs.map(\.link.horizonEncoded), Array(repeating: CausalChainVectors.encodedAAAAandBBBB, count: 2))
        XCTAssertEqual(outputs.map(\.link.originHash), [0x5150, 0x5150])
        XCTAssertNoThrow(
            try Chain.validateLink(
                previous: outputs[0].link, previousPayload: outputs[0].payload, next: outputs[1].link))
        XCTAssertEqual(host.headLink, outputs[1].link)
        XCTAssertEqual(host.sequence, 4)
        XCTAssertEqual(host.stats, DaemonStats(eventsProcessed: 2, eventsEmitted: 4))
    }

    public func deliverDoesNotObserveItsOwnOutputs() throws {
        let host = Host(daemon: echo(count: 3), identity: identity)

        _ = try host.deliver(inbound(origin: 0xAAAA, sequence: 2))

        XCTAssertEqual(host.horizon.entries, [0xAAAA: 2])
    }

    public func deliverWhenTheDaemonThrowsCountsTheErrorKeepsTheObservationAndRethrows() {
        let failing = ScriptedDaemon { _ throws(DaemonError) in throw .processFailed("boom") }
        let host = Host(daemon: failing, identity: identity)

        XCTAssertThrowsError(try host.deliver(inbound(origin: 0xAAAA, sequence: 3))) { error in
            XCTAssertEqual(error as? DaemonError, .processFailed("boom"))
            XCTAssertEqual("\(error)", "daemon process failed: boom")
        }
        XCTAssertEqual(host.stats, DaemonStats(errors: 1))
        XCTAssertEqual(host.horizon.get(0xAAAA), 3)
    }

    public func deliverWhenTheSequenceOverflowsThrowsAfterCountingEmittedEvents() throws {
        let head = CausalLink(originHash: 0x5150, horizonEncoded: 0, sequence: .max - 1, parentHash: 8)
        let snapshot = DaemonSnapshot(
            entityID: identity.entityID, chainLink: head, state: [], horizon: ObservedHorizon(), headPayload: [])
        let host = try Host.fromSnapshot(
            daemon: echo(count: 2), identity: identity, snapshot: snapshot, config: DaemonHostConfig(), clock: .system)

        XCTAssertThrowsError(try host.deliver(inbound(origin: 1, sequence: 1))) { error in
            XCTAssertEqual(error as? DaemonError, .processFailed("causal sequence overflow"))
        }
        XCTAssertEqual(host.stats, DaemonStats(eventsProcessed: 1, eventsEmitted: 1))
        XCTAssertEqual(host.sequence, .max)
    }

    public func takeSnapshotThenFromSnapshotContinuesTheSameChainAndHorizon() throws {
        let original = Host(daemon: echo(count: 1), identity: identity)
        _ = try original.deliver(inbound(origin: 0xAAAA, sequence: 1, payload: [4]))
        let snapshot = try XCTUnwrap(original.takeSnapshot())
        let restoredDaemon = echo(count: 1)

        let resumed = try Host.fromSnapshot(
            daemon: restoredDaemon, identity: identity, snapshot: snapshot, config: DaemonHostConfig(), clock: .system)
        let expected = try original.deliver(inbound(origin: 0xBBBB, sequence: 1, payload: [5]))
        let actual = try resumed.deliver(inbound(origin: 0xBBBB, sequence: 1, payload: [5]))

        XCTAssertEqual(snapshot.headPayload, [4, 0])
        XCTAssertEqual(restoredDaemon.restoredState, snapshot.state)
        XCTAssertEqual(actual.map(\.link), expected.map(\.link))
        XCTAssertEqual(resumed.horizon, original.horizon)
        XCTAssertEqual(resumed.stats, DaemonStats(eventsProcessed: 1, eventsEmitted: 1))
    }

    public func fromSnapshotOfAnotherEntityThrowsRestoreFailed() {
        let snapshot = DaemonSnapshot(
            entityID: NodeID(firstByte: 9), chainLink: .genesis(originHash: 0x5150, horizonEncoded: 0), state: [],
            horizon: ObservedHorizon(), headPayload: nil)

        XCTAssertThrowsError(
            try Host.fromSnapshot(
                daemon: echo(count: 0), identity: identity, snapshot: snapshot, config: DaemonHostConfig(),
                clock: .system)
        ) { error in
            guard case .restoreFailed(let message)? = error as? DaemonError else { return XCTFail("\(error)") }
            XCTAssertTrue(message.hasPrefix("snapshot entity [9, 0"), message)
        }
    }

    public func restoreWithoutHeadPayloadHashesTheStateAsThePreviousPayload() throws {
        let head = CausalLink(originHash: 0x5150, horizonEncoded: 0, sequence: 3, parentHash: 8)
        let snapshot = DaemonSnapshot(
            entityID: identity.entityID, chainLink: head, state: [7, 7], horizon: ObservedHorizon(), headPayload: nil)
        let host = Host(daemon: echo(count: 1), identity: identity)

        try host.restore(from: snapshot)
        let outputs = try host.deliver(inbound(origin: 1, sequence: 1))

        XCTAssertEqual(outputs.first?.link.parentHash, Chain.computeParentHash(head, [7, 7]))
    }

    public func restoreReplacesHorizonAndChainButKeepsStats() throws {
        let host = Host(daemon: echo(count: 1), identity: identity)
        _ = try host.deliver(inbound(origin: 0xAAAA, sequence: 1))
        var horizon = ObservedHorizon()
        horizon.observe(origin: 0xBBBB, sequence: 2)
        let head = CausalLink(originHash: 0x5150, horizonEncoded: 0, sequence: 10, parentHash: 3)

        try host.restore(
            from: DaemonSnapshot(
                entityID: identity.entityID, chainLink: head, state: [], horizon: horizon, headPayload: []))
        let outputs = try host.deliver(inbound(origin: 0xBBBB, sequence: 2))

        XCTAssertEqual(host.stats, DaemonStats(eventsProcessed: 2, eventsEmitted: 2))
        XCTAssertEqual(outputs.first?.link.sequence, 11)
        XCTAssertEqual(outputs.first?.link.horizonEncoded, ObservedHorizon.bloomBits(origin: 0xBBBB))
    }

    public func takeSnapshotOfStatelessDaemonIsNil() {
        XCTAssertNil(Host(daemon: SilentDaemon(), identity: identity).takeSnapshot())
    }

    public func restoreOfStatelessDaemonWithStateThrowsRestoreFailed() {
        let host = Host(daemon: SilentDaemon(), identity: identity)
        let snapshot = DaemonSnapshot(
            entityID: identity.entityID, chainLink: .genesis(originHash: 0x5150, horizonEncoded: 0), state: [1, 2],
            horizon: ObservedHorizon(), headPayload: nil)

        XCTAssertThrowsError(try host.restore(from: snapshot)) { error in
            guard case .restoreFailed(let message)? = error as? DaemonError else { return XCTFail("\(error)") }
            XCTAssertTrue(message.hasPrefix("stateless daemon (is_stateful=false) cannot restore 2-byte snapshot"))
        }
    }

    public func fromForkStartsFromTheForkGenesis() throws {
        let fork = CausalLink.forkGenesis(originHash: 0x5150, parentOrigin: 0x99, forkSequence: 2)

        let host = try Host.fromFork(
            daemon: echo(count: 1), identity: identity, forkGenesis: fork, config: DaemonHostConfig(), clock: .system)
        let outputs = try host.deliver(inbound(origin: 1, sequence: 1))

        XCTAssertEqual(outputs.first?.link.sequence, 1)
        XCTAssertEqual(outputs.first?.link.parentHash, Chain.computeParentHash(fork, []))
    }

    public func fromForkWithAnotherOriginThrowsProcessFailed() {
        let fork = CausalLink.forkGenesis(originHash: 0x1, parentOrigin: 0x99, forkSequence: 2)

        XCTAssertThrowsError(
            try Host.fromFork(
                daemon: echo(count: 1), identity: identity, forkGenesis: fork, config: DaemonHostConfig(),
                clock: .system)
        ) { error in
            XCTAssertEqual(
                error as? DaemonError, .processFailed("fork chain origin 0x1 does not match keypair origin 0x5150"))
        }
    }

    public func identityAccessors() {
        let host = Host(daemon: ScriptedDaemon(name: "named") { _ throws(DaemonError) in [] }, identity: identity)

        XCTAssertEqual(host.name, "named")
        XCTAssertEqual(host.originHash, 0x5150)
        XCTAssertEqual(host.entityID, NodeID(firstByte: 0x51))
        XCTAssertEqual(host.headLink, .genesis(originHash: 0x5150, horizonEncoded: 0))
        XCTAssertEqual(host.sequence, 0)
    }
}
