import ComputeRuntime
import XCTest

/// Reference values computed independently with CPython's hashlib (BLAKE2s) and pyca/cryptography (ed25519).
final class EntityKeypairTests: XCTestCase {
    private func bytes(_ hex: String) -> [UInt8] {
        stride(from: 0, to: hex.count, by: 2).map {
            let start = hex.index(hex.startIndex, offsetBy: $0)
            return UInt8(hex[start..<hex.index(start, offsetBy: 2)], radix: 16)!
        }
    }

    func testRFC8032PublicKeyAndOriginHash() {
        let keypair = EntityKeypair(secret: bytes("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"))

        XCTAssertEqual(
            keypair.entityID.bytes, bytes("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"))
        XCTAssertEqual(keypair.originHash, 0x96DD_7205_0747_8B63)
    }

    func testReplicaKeypairsDeriveFromSeedAndIndex() {
        let seed = (0..<32).map { UInt8($0) }
        let rows: [(index: UInt8, secret: String, publicKey: String, origin: UInt64)] = [
            (
                0, "b69ab2362eec023ea46ff526007e548674a430da8939a9180094f5de50f8246a",
                "9fd8746935ac5c08bffa694e4fcd04a5b5d658ba234fdfe871d1ae5184cff7ef", 0xFE9F_D8BA_EA41_5563
            ),
            (
                1, "ecd14f6f0fcff7dd61052933e89077676ac8b4ba9d0553b8b7e60bd3052e3e68",
                "704f98afb65c5a436612e8a1f810c877a57a87a8df83af9fabadc349e858d3cc", 0xF742_C490_7E0E_69AC
            ),
            (
                7, "d03f28901958d9a7631be5e8e95e2bdd43a8722a689407742277d0c2e31634d3",
                "2157de234a1baaaf65d9764c0b339763a09749f96634a5368aef75af2778467e", 0x6C17_AB6C_55C6_0829
            ),
        ]
        for row in rows {
            let keypair = EntityKeypair.replica(groupSeed: seed, index: row.index)

            XCTAssertEqual(keypair.secret, bytes(row.secret), "index \(row.index)")
            XCTAssertEqual(keypair.entityID.bytes, bytes(row.publicKey), "index \(row.index)")
            XCTAssertEqual(keypair.originHash, row.origin, "index \(row.index)")
        }
    }

    func testRandomKeypairsDiffer() {
        XCTAssertNotEqual(EntityKeypair.random().entityID, EntityKeypair.random().entityID)
    }
}
