/// One fork's lineage and the secret that lets a failed fork come back under the same identity.
public struct ForkInfo: Sendable {
    /// The fork's member index.
    public var index: UInt8
    public var record: ForkRecord
    /// The fork's random keypair, kept because it cannot be re-derived.
    let keypair: EntityKeypair
}
