import Crypto

/// An entity's ed25519 keypair and the identifiers upstream derives from its public key.
public struct EntityKeypair: Sendable {
    /// The 32-byte ed25519 secret (seed).
    public let secret: [UInt8]
    /// The ed25519 public key: the member's entity id and its load-balancer key.
    public let entityID: NodeID
    /// First 8 bytes, little-endian, of BLAKE2s-MAC keyed `net-origin-v1` over the public key.
    public let originHash: UInt64

    /// The keypair whose ed25519 secret is `secret`.
    ///
    /// - Precondition: `secret.count == 32`.
    public init(secret: [UInt8]) {
        precondition(secret.count == 32, "ed25519 secrets are 32 bytes, got \(secret.count)")
        guard let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: secret) else {
            preconditionFailure("a 32-byte ed25519 secret is always accepted")
        }
        let publicKey = [UInt8](key.publicKey.rawRepresentation)
        self.secret = secret
        entityID = NodeID(bytes: publicKey)
        let digest = BLAKE2s.hash(publicKey, key: Array("net-origin-v1".utf8))
        originHash = digest[0..<8].reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// The deterministic keypair of replica `index` of the group seeded with `groupSeed`: the secret
    /// is BLAKE2s-MAC keyed `net-replica-v1` over `groupSeed ‖ index` (spec §3.3).
    ///
    /// - Precondition: `groupSeed.count == 32`.
    public static func replica(groupSeed: [UInt8], index: UInt8) -> EntityKeypair {
        precondition(groupSeed.count == 32, "group seeds are 32 bytes, got \(groupSeed.count)")
        return EntityKeypair(secret: BLAKE2s.hash(groupSeed + [index], key: Array("net-replica-v1".utf8)))
    }

    /// A keypair from the system's secure random source (fork members get one each).
    public static func random() -> EntityKeypair {
        var generator = SystemRandomNumberGenerator()
        return EntityKeypair(secret: (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    /// The daemon identity a host registers under.
    public var identity: DaemonIdentity {
        DaemonIdentity(originHash: originHash, entityID: entityID)
    }
}
