import ComputeRuntime
import XCTest

final class NodeIDRoundTripTests: XCTestCase {
    func testBytesRoundTrip() {
        let bytes = (0..<32).map { UInt8($0 * 7 & 0xFF) }

        XCTAssertEqual(NodeID(bytes: bytes).bytes, bytes)
    }
}
