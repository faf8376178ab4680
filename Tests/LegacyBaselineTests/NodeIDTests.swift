import ComputeRuntime
import XCTest

final class NodeIDTests: XCTestCase {
    func testDebugRenderingMatchesRustArrayDebug() {
        let id = NodeID(firstByte: 1)

        XCTAssertEqual(id.debugRendering, "[1" + String(repeating: ", 0", count: 31) + "]")
    }
}
