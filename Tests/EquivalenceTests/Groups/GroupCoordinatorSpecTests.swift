import ComputeRuntime
import LegacyBaseline
import RuntimeTestSupport
import XCTest

/// The spec's pinned group-coordinator tests (§3, §6 #152/#158/#166/#167), run on both runtimes.
final class GroupCoordinatorSpecTests: XCTestCase {
    private func member(_ index: UInt8, origin: UInt64, node: UInt64 = 1, healthy: Bool = true) -> MemberInfo {
        MemberInfo(
            index: index, originHash: origin, nodeID: node, entityID: NodeID(firstByte: index), isHealthy: healthy)
    }

    private func forEachGroup(
        _ members: [MemberInfo], strategy: Strategy = .roundRobin,
        _ body: (any GroupCoordinating, String) throws -> Void
    ) rethrows {
        let groups: [(any GroupCoordinating, String)] = [
            (ComputeRuntime.GroupCoordinator(strategy: strategy), "fixed"),
            (LegacyBaseline.GroupCoordinator(strategy: strategy), "legacy"),
        ]
        for (group, name) in groups {
            members.forEach(group.addMember)
            try body(group, name)
        }
    }

    func testOriginHashLookupUsesReverseIndexAcrossMutations() {
        let members = [member(0, origin: 0xA1), member(1, origin: 0xA2), member(2, origin: 0xA3)]
        forEachGroup(members) { group, name in
            XCTAssertEqual(group.originHash(forEntityID: NodeID(firstByte: 0)), 0xA1, name)
            XCTAssertEqual(group.originHash(forEntityID: NodeID(firstByte: 1)), 0xA2, name)
            XCTAssertEqual(group.originHash(forEntityID: NodeID(firstByte: 2)), 0xA3, name)
            XCTAssertNil(group.originHash(forEntityID: NodeID(firstByte: 0xFE)), name)

            _ = group.removeLast()
            XCTAssertNil(group.originHash(forEntityID: NodeID(firstByte: 2)), name)

            let newID = NodeID(bytes: [0xC0, 0x01] + [UInt8](repeating: 0, count: 30))
            group.updateMemberPlacement(0, nodeID: 0xBEEF, entityID: newID)
            XCTAssertNil(group.originHash(forEntityID: NodeID(firstByte: 0)), name)
            XCTAssertEqual(group.originHash(forEntityID: newID), 0xA1, name)
            XCTAssertEqual(group.members()[0].nodeID, 0xBEEF, name)
        }
    }

    func testMarkHealthResolvesViaDirectIndex() {
        let members = [member(0, origin: 0xA1), member(1, origin: 0xA2), member(2, origin: 0xA3)]
        forEachGroup(members) { group, name in
            group.markUnhealthy(1)
            XCTAssertEqual(group.members().map(\.isHealthy), [true, false, true], name)

            group.markHealthy(1)
            XCTAssertEqual(group.members().map(\.isHealthy), [true, true, true], name)

            group.markUnhealthy(99)
            XCTAssertEqual(group.members().map(\.isHealthy), [true, true, true], name)
            XCTAssertEqual(group.health(), .healthy, name)
        }
    }

    func testHealthAggregation() {
        forEachGroup([]) { group, name in
            XCTAssertEqual(group.health(), .dead, "\(name) empty")
        }
        let members = [member(0, origin: 0xA1), member(1, origin: 0xA2, healthy: false), member(2, origin: 0xA3)]
        forEachGroup(members) { group, name in
            XCTAssertEqual(group.health(), .degraded(healthy: 2, total: 3), name)
            XCTAssertEqual(group.healthyCount, 2, name)

            group.markUnhealthy(0)
            group.markUnhealthy(2)
            XCTAssertEqual(group.health(), .dead, name)
            XCTAssertEqual(group.healthyCount, 0, name)

            group.updateMemberPlacement(1, nodeID: 7, entityID: NodeID(firstByte: 0x71))
            XCTAssertEqual(group.health(), .degraded(healthy: 1, total: 3), name)
            XCTAssertEqual(group.removeLast()?.originHash, 0xA3, name)
            XCTAssertEqual(group.health(), .degraded(healthy: 1, total: 2), name)
        }
    }

    func testCountsSaturateAt255AfterFullWidthComparison() {
        let members = (0..<300).map {
            MemberInfo(
                index: UInt8(truncatingIfNeeded: $0), originHash: UInt64($0), nodeID: 1,
                entityID: NodeID(words: (UInt64($0), 1, 0, 0)), isHealthy: $0 != 299)
        }
        forEachGroup(members) { group, name in
            XCTAssertEqual(group.memberCount, 255, name)
            XCTAssertEqual(group.healthyCount, 255, name)
            XCTAssertEqual(group.health(), .degraded(healthy: 255, total: 255), name)
        }
    }

    func testRouteEventReturnsOriginsInRoundRobinOrderAndSkipsUnhealthy() throws {
        let members = [member(0, origin: 0xA1), member(1, origin: 0xA2), member(2, origin: 0xA3)]
        try forEachGroup(members) { group, name in
            let context = RequestContext()
            XCTAssertEqual(try (0..<4).map { _ in try group.routeEvent(context) }, [0xA1, 0xA2, 0xA3, 0xA1], name)

            group.markUnhealthy(1)
            let routed = try (0..<4).map { _ in try group.routeEvent(context) }
            XCTAssertFalse(routed.contains(0xA2), name)
        }
    }

    func testRouteEventOnEmptyGroupThrowsNoHealthyMember() throws {
        try forEachGroup([]) { group, name in
            XCTAssertThrowsError(try group.routeEvent(RequestContext()), name) { error in
                XCTAssertEqual(error as? GroupError, .noHealthyMember)
                XCTAssertEqual("\(error)", "no healthy member available")
            }
        }
    }

    func testRouteEventNeverCompletesSoAMemberSaturatesAfter10000Routes() throws {
        try forEachGroup([member(0, origin: 0xA1)]) { group, name in
            for _ in 0..<10_000 { XCTAssertEqual(try group.routeEvent(RequestContext()), 0xA1, name) }

            XCTAssertThrowsError(try group.routeEvent(RequestContext()), name)

            group.updateMemberPlacement(0, nodeID: 2, entityID: NodeID(firstByte: 0x55))
            XCTAssertEqual(try group.routeEvent(RequestContext()), 0xA1, "\(name): re-placing recreates the endpoint")
        }
    }

    func testOnNodeRecoveryHealsOnlyRegisteredMembersOnThatNode() {
        let members = [
            member(0, origin: 0xA1, node: 5, healthy: false), member(1, origin: 0xA2, node: 5, healthy: false),
            member(2, origin: 0xA3, node: 6, healthy: false),
        ]
        forEachGroup(members) { group, name in
            group.onNodeRecovery(5, registry: OriginSet([0xA1, 0xA3]))

            XCTAssertEqual(group.members().map(\.isHealthy), [true, false, false], name)
            XCTAssertEqual(group.healthyCount, 1, name)
            XCTAssertEqual(group.membersOnNode(5), [0, 1], name)
        }
    }
}
