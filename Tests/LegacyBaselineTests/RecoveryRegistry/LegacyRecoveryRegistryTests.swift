import ComputeRuntime
import LegacyBaseline
import RuntimeTestSupport
import XCTest

/// Recovery-registry pins (spec §5) on `LegacyBaseline.RecoveryRegistry`.
final class LegacyRecoveryRegistryTests: XCTestCase {
    private let suite = RecoveryRegistrySuite<LegacyBaseline.RecoveryRegistry>()

    func testTryRunAllCollectsRecoveredSlotsAndDropsThrowingHandlers() {
        suite.tryRunAllCollectsRecoveredSlotsAndDropsThrowingHandlers()
    }

    func testTryRunAllAllowsHandlerToRegisterNewHandler() { suite.tryRunAllAllowsHandlerToRegisterNewHandler() }

    func testRegisterDuringTryRunAllDoesNotBlockIndefinitely() {
        suite.registerDuringTryRunAllDoesNotBlockIndefinitely()
    }

    func testNewRegistry_isEmpty() { suite.newRegistryIsEmpty() }

    func testTryRunAll_keepsSurvivorOrderAcrossEvictions() { suite.tryRunAllKeepsSurvivorOrderAcrossEvictions() }
}
