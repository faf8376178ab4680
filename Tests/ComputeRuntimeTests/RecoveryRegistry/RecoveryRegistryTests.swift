import ComputeRuntime
import RuntimeTestSupport
import XCTest

/// Recovery-registry pins (spec §5) on `ComputeRuntime.RecoveryRegistry`.
final class RecoveryRegistryTests: XCTestCase {
    private let suite = RecoveryRegistrySuite<ComputeRuntime.RecoveryRegistry>()

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
