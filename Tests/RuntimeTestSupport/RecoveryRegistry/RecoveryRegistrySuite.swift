import ComputeRuntime
import Dispatch
import Synchronization
import XCTest

private struct HandlerFailure: Error {}

/// Recovery-registry pins (spec §5), generic over the implementation so the legacy and fixed test
/// targets run the very same assertions.
public struct RecoveryRegistrySuite<Registry: RecoveryRegistering> {
    public init() {}

    public func tryRunAllCollectsRecoveredSlotsAndDropsThrowingHandlers() {
        let registry = Registry()
        let callsA = Atomic<Int>(0)
        let callsB = Atomic<Int>(0)
        registry.register {
            callsA.add(1, ordering: .relaxed)
            return [0, 1]
        }
        registry.register {
            callsB.add(1, ordering: .relaxed)
            throw HandlerFailure()
        }

        let firstTick = registry.tryRunAll()
        let countAfterFirstTick = registry.count
        let secondTick = registry.tryRunAll()

        XCTAssertEqual(firstTick, [0, 1])
        XCTAssertEqual(countAfterFirstTick, 1)
        XCTAssertEqual(secondTick, [0, 1])
        XCTAssertEqual(callsA.load(ordering: .relaxed), 2)
        XCTAssertEqual(callsB.load(ordering: .relaxed), 1)
    }

    public func tryRunAllAllowsHandlerToRegisterNewHandler() {
        let registry = Registry()
        let hasRegistered = Atomic<Bool>(false)
        let countSeenInsideHandler = Atomic<Int>(-1)
        registry.register { [registry] in
            if !hasRegistered.exchange(true, ordering: .relaxed) {
                registry.register { [99] }
                countSeenInsideHandler.store(registry.count, ordering: .relaxed)
            }
            return [7]
        }

        let firstTick = registry.tryRunAll()
        let countAfterFirstTick = registry.count
        let secondTick = registry.tryRunAll()

        XCTAssertEqual(firstTick, [7])
        XCTAssertEqual(countSeenInsideHandler.load(ordering: .relaxed), 1)
        XCTAssertEqual(countAfterFirstTick, 2)
        XCTAssertEqual(secondTick, [7, 99])
    }

    public func registerDuringTryRunAllDoesNotBlockIndefinitely() {
        let registry = Registry()
        let handlerStarted = DispatchSemaphore(value: 0)
        let registrationDone = DispatchSemaphore(value: 0)
        let tickFinished = DispatchSemaphore(value: 0)
        let tickResult = Mutex<[UInt8]>([])
        let isFirstRun = Atomic<Bool>(true)
        registry.register {
            if isFirstRun.exchange(false, ordering: .relaxed) {
                handlerStarted.signal()
                // Handshake: the first run only returns after the main thread's register returned,
                // so this test completes only if register never waits for a running handler.
                registrationDone.wait()
            }
            return [1]
        }
        DispatchQueue.global().async {
            let result = registry.tryRunAll()
            tickResult.withLock { $0 = result }
            tickFinished.signal()
        }

        handlerStarted.wait()
        let countReturnedByRegister = registry.register { [2] }
        registrationDone.signal()
        tickFinished.wait()

        XCTAssertEqual(countReturnedByRegister, 1)
        XCTAssertEqual(tickResult.withLock { $0 }, [1])
        XCTAssertEqual(registry.count, 2)
        XCTAssertEqual(registry.tryRunAll(), [1, 2])
    }

    public func newRegistryIsEmpty() {
        let registry = Registry()

        XCTAssertTrue(registry.isEmpty)
        XCTAssertEqual(registry.tryRunAll(), [])
        XCTAssertEqual(registry.register { [] }, 1)
        XCTAssertFalse(registry.isEmpty)
    }

    public func tryRunAllKeepsSurvivorOrderAcrossEvictions() {
        let registry = Registry()
        for index in 0..<6 {
            registry.register {
                if index % 2 == 1 { throw HandlerFailure() }
                return [UInt8(index)]
            }
        }

        let firstTick = registry.tryRunAll()
        let secondTick = registry.tryRunAll()

        XCTAssertEqual(firstTick, [0, 2, 4])
        XCTAssertEqual(secondTick, [0, 2, 4])
        XCTAssertEqual(registry.count, 3)
    }
}
