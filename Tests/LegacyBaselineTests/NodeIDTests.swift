import ComputeRuntime
import XCTest

final class NodeIDTests: XCTestCase {
    func testDebugRenderingMatchesRustArrayDebug() {
        let id = NodeID(firstByte: 1)

        XCTAssertEqual(id.debugRendering, "[1" + String(repeating: ", 0", count: 31) + "]")
    }

    /// Every byte value renders as its decimal digits, in place, for one-, two- and three-digit bytes.
    func testDebugRenderingMatchesThePlainDefinitionForEveryByteValue() {
        for start in stride(from: 0, to: 256, by: 32) {
            let bytes = (0..<32).map { UInt8(truncatingIfNeeded: start + $0 * 7) }
            let id = NodeID(bytes: bytes)

            XCTAssertEqual(id.debugRendering, "[" + bytes.map(String.init).joined(separator: ", ") + "]")
        }
        let largest = NodeID(bytes: [UInt8](repeating: 255, count: 32))
        XCTAssertEqual(largest.debugRendering.utf8.count, 2 + 32 * 3 + 31 * 2, "the buffer's exact capacity")
    }
}
