/// A daemon's identity in the mesh: what upstream derives from its ed25519 keypair.
///
/// The runtimes need only the two derived values, so key derivation stays with whoever builds
/// the identity (groups derive them deterministically per member).
public struct DaemonIdentity: Hashable, Sendable {
    /// The chain origin and registry key.
    public var originHash: UInt64
    /// The 32-byte entity id (public key bytes); the load balancer's key in groups.
    public var entityID: NodeID

    public init(originHash: UInt64, entityID: NodeID) {
        self.originHash = originHash
        self.entityID = entityID
    }
}
