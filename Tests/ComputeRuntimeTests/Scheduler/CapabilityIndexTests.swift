import ComputeRuntime
import XCTest

final class CapabilityIndexTests: XCTestCase {
    func testQueryReturnsMatchingNodesAscendingWhateverTheInsertOrder() {
        let index = CapabilityIndex()
        for node: UInt64 in [30, 10, 20, 40] {
            index.index(nodeID: node, caps: CapabilitySet(tags: node == 40 ? [] : ["gpu"]), version: 1)
        }

        XCTAssertEqual(index.query(CapabilityFilter().requireTag("gpu")), [10, 20, 30])
        XCTAssertEqual(index.query(CapabilityFilter()), [10, 20, 30, 40])
    }

    func testOlderOrEqualVersionIsIgnored() {
        let index = CapabilityIndex()
        index.index(nodeID: 1, caps: CapabilitySet(tags: ["new"]), version: 5)

        XCTAssertFalse(index.index(nodeID: 1, caps: CapabilitySet(tags: ["old"]), version: 5))
        XCTAssertFalse(index.index(nodeID: 1, caps: CapabilitySet(tags: ["old"]), version: 4))
        XCTAssertEqual(index.capabilities(of: 1), CapabilitySet(tags: ["new"]))
        XCTAssertTrue(index.index(nodeID: 1, caps: CapabilitySet(tags: ["newer"]), version: 6))
        XCTAssertEqual(index.query(CapabilityFilter().requireTag("newer")), [1])
    }

    func testRemoveForgetsTheNode() {
        let index = CapabilityIndex()
        index.index(nodeID: 1, caps: .empty, version: 1)
        index.index(nodeID: 2, caps: .empty, version: 1)

        index.remove(nodeID: 1)
        index.remove(nodeID: 99)

        XCTAssertEqual(index.query(CapabilityFilter()), [2])
        XCTAssertEqual(index.nodeCount, 1)
    }

    func testEveryQueryIsCounted() {
        let index = CapabilityIndex()
        index.index(nodeID: 1, caps: .empty, version: 1)

        _ = index.query(CapabilityFilter())
        _ = index.query(CapabilityFilter(), alsoRequiringTag: "x", excluding: { _ in true })

        XCTAssertEqual(index.queryCount, 2)
    }

    func testExtraTagAndExclusionApplyDuringTheWalk() {
        let index = CapabilityIndex()
        for node: UInt64 in 1...5 {
            index.index(
                nodeID: node, caps: CapabilitySet(tags: node.isMultiple(of: 2) ? ["a"] : ["a", "b"]), version: 1)
        }

        let result = index.query(CapabilityFilter().requireTag("a"), alsoRequiringTag: "b", excluding: { $0 == 3 })

        XCTAssertEqual(result, [1, 5])
    }
}
