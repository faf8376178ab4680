import ComputeRuntime
import RuntimeTestSupport
import XCTest

/// Daemon-host pins (spec §4.1–§4.2) on `ComputeRuntime.DaemonHost`.
final class DaemonHostTests: XCTestCase {
    private let suite = DaemonHostSuite<ComputeRuntime.DaemonHost, ComputeRuntime.CausalChain>()

    func testDeliverWithNoOutputs_countsTheEventObservesItsOriginAndLeavesTheChain() throws {
        try suite.deliverWithNoOutputsCountsObservesAndLeavesTheChain()
    }

    func testDeliver_chainsEveryOutputWithTheHorizonAfterObserving() throws {
        try suite.deliverChainsEveryOutputWithTheHorizonAfterObserving()
    }

    func testDeliver_doesNotObserveItsOwnOutputs() throws { try suite.deliverDoesNotObserveItsOwnOutputs() }

    func testDeliver_whenTheDaemonThrows_countsTheErrorKeepsTheObservationAndRethrows() {
        suite.deliverWhenTheDaemonThrowsCountsTheErrorKeepsTheObservationAndRethrows()
    }

    func testDeliver_whenTheSequenceOverflows_throwsAfterCountingEmittedEvents() throws {
        try suite.deliverWhenTheSequenceOverflowsThrowsAfterCountingEmittedEvents()
    }

    func testTakeSnapshotThenFromSnapshot_continuesTheSameChainAndHorizon() throws {
        try suite.takeSnapshotThenFromSnapshotContinuesTheSameChainAndHorizon()
    }

    func testFromSnapshot_ofAnotherEntity_throwsRestoreFailed() {
        suite.fromSnapshotOfAnotherEntityThrowsRestoreFailed()
    }

    func testRestore_withoutHeadPayload_hashesTheStateAsThePreviousPayload() throws {
        try suite.restoreWithoutHeadPayloadHashesTheStateAsThePreviousPayload()
    }

    func testRestore_replacesHorizonAndChainButKeepsStats() throws {
        try suite.restoreReplacesHorizonAndChainButKeepsStats()
    }

    func testTakeSnapshot_ofStatelessDaemon_isNil() { suite.takeSnapshotOfStatelessDaemonIsNil() }

    func testRestore_ofStatelessDaemonWithState_throwsRestoreFailed() {
        suite.restoreOfStatelessDaemonWithStateThrowsRestoreFailed()
    }

    func testFromFork_startsFromTheForkGenesis() throws { try suite.fromForkStartsFromTheForkGenesis() }

    func testFromFork_withAnotherOrigin_throwsProcessFailed() { suite.fromForkWithAnotherOriginThrowsProcessFailed() }

    func testIdentityAccessors() { suite.identityAccessors() }
}
