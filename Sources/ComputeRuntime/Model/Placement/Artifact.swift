/// What is being placed; only `daemon` carries data the scheduler reads (spec §2.4).
public enum Artifact: Sendable, Equatable {
    /// A causal chain, identified by its origin hash.
    case chain(originHash: UInt64)
    /// A replica of a chain, identified by its origin hash.
    case replica(originHash: UInt64)
    /// A daemon: its 32-byte id and the capabilities it needs and would like.
    case daemon(daemonID: NodeID, required: CapabilitySet, optional: CapabilitySet)
    /// An opaque blob, identified by its content hash.
    case blob(contentHash: UInt64)

    /// The daemon artifact `placeMigrationV2` scores with: 32 zero bytes and empty capability sets.
    public static let anonymousDaemon = Artifact.daemon(
        daemonID: NodeID(words: (0, 0, 0, 0)), required: .empty, optional: .empty)
}
