import ComputeRuntime
import RuntimeTestSupport
import XCTest

final class DaemonRegistryTests: XCTestCase {
    private func host(origin: UInt64, name: String = "d") -> ComputeRuntime.DaemonHost {
        ComputeRuntime.DaemonHost(
            daemon: ScriptedDaemon(name: name) { event throws(DaemonError) in [event.payload] },
            identity: DaemonIdentity(originHash: origin, entityID: NodeID(firstByte: UInt8(truncatingIfNeeded: origin)))
        )
    }

    func testRegister_thenContainsAndCount() throws {
        let registry = DaemonRegistry()

        try registry.register(host(origin: 0xA1))
        try registry.register(host(origin: 0xA2))

        XCTAssertTrue(registry.contains(0xA1))
        XCTAssertFalse(registry.contains(0xA3))
        XCTAssertEqual(registry.count, 2)
    }

    func testRegister_duplicateOrigin_throwsAlreadyRegistered() throws {
        let registry = DaemonRegistry()
        try registry.register(host(origin: 0xA1))

        XCTAssertThrowsError(try registry.register(host(origin: 0xA1))) { error in
            XCTAssertEqual(error as? DaemonError, .processFailed("daemon 0xa1 already registered"))
        }
    }

    func testReplace_swapsTheHostOrInserts() throws {
        let registry = DaemonRegistry()
        try registry.register(host(origin: 0xA1, name: "old"))

        registry.replace(host(origin: 0xA1, name: "new"))
        registry.replace(host(origin: 0xA2, name: "fresh"))

        XCTAssertEqual(registry.list().map(\.name), ["new", "fresh"])
        XCTAssertEqual(registry.list().map(\.originHash), [0xA1, 0xA2])
    }

    func testUnregister_removesOrThrowsNotFound() throws {
        let registry = DaemonRegistry()
        try registry.register(host(origin: 0xA1))

        try registry.unregister(0xA1)

        XCTAssertFalse(registry.contains(0xA1))
        XCTAssertThrowsError(try registry.unregister(0xA1)) { error in
            XCTAssertEqual(error as? DaemonError, .notFound(0xA1))
            XCTAssertEqual("\(error)", "daemon not found: 0xa1")
        }
    }

    func testDeliverAndStats_reachTheRegisteredHost() throws {
        let registry = DaemonRegistry()
        try registry.register(host(origin: 0xA1))
        let event = CausalEvent(link: .genesis(originHash: 5, horizonEncoded: 0), payload: [3], receivedAt: 0)

        let outputs = try registry.deliver(to: 0xA1, event)

        XCTAssertEqual(outputs.map(\.payload), [[3]])
        XCTAssertEqual(try registry.stats(for: 0xA1), DaemonStats(eventsProcessed: 1, eventsEmitted: 1))
        XCTAssertThrowsError(try registry.deliver(to: 0xB0, event)) { error in
            XCTAssertEqual(error as? DaemonError, .notFound(0xB0))
        }
    }

    func testDaemonErrorDescriptions() {
        XCTAssertEqual(DaemonError.snapshotFailed("x").description, "snapshot failed: x")
        XCTAssertEqual(DaemonError.restoreFailed("y").description, "restore failed: y")
        XCTAssertEqual(
            DaemonError.stale(0xAB).description,
            "daemon 0xab was swapped or unregistered concurrently; mutation did not land")
    }
}
