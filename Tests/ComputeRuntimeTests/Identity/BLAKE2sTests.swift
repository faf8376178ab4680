import ComputeRuntime
import XCTest

final class BLAKE2sTests: XCTestCase {
    private func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    func testRFC7693AbcVector() {
        XCTAssertEqual(
            hex(BLAKE2s.hash(Array("abc".utf8))), "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982")
    }

    /// Unkeyed and keyed vectors across the block boundaries (reference digests from CPython's hashlib).
    func testBlockBoundaryVectors() {
        let rows: [(label: String, message: [UInt8], key: [UInt8], digest: String)] = [
            ("empty", [], [], "69217a3079908094e11121d042354a7c1f55b6482ca1a51e1b250dfd1ed0eef9"),
            ("one block", Array(0..<64), [], "56f34e8b96557e90c1f24b52d0c89d51086acf1b00f634cf1dde9233b8eaaa3e"),
            ("keyed empty", [], Array(0..<32), "48a8997da407876b3d79c0d92325ad3b89cbb754d86ab71aee047ad345fd2c49"),
            (
                "keyed one block", Array(0..<64), Array(0..<32),
                "8975b0577fd35566d750b362b0897a26c399136df07bababbde6203ff2954ed4"
            ),
            (
                "replica label, 65 bytes", Array(0..<65), Array("net-replica-v1".utf8),
                "661f87666254b72705c79f8cd6ff2febaf05cb9fba6d737a1f4100ed5630c09d"
            ),
            (
                "replica label, zero seed index 0", [UInt8](repeating: 0, count: 33), Array("net-replica-v1".utf8),
                "79670767b280732cd9bd0491cf0638d878339281dfc660c3695eeec3dd639719"
            ),
        ]
        for row in rows {
            XCTAssertEqual(hex(BLAKE2s.hash(row.message, key: row.key)), row.digest, row.label)
        }
    }
}
