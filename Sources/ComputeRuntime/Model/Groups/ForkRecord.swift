/// The verifiable lineage of one fork: which entity it forked from, at which sequence, and its
/// genesis link carrying the fork sentinel (spec §3.3).
public struct ForkRecord: Sendable, Equatable {
    /// The parent entity's origin hash.
    public var originalOrigin: UInt64
    /// The fork's own origin hash (from its fresh keypair).
    public var forkedOrigin: UInt64
    /// The parent sequence the fork happened at.
    public var forkSequence: UInt64
    /// The fork chain's first link: sequence 0, parent hash = the fork sentinel.
    public var forkGenesis: CausalLink
    /// The snapshot sequence the fork was seeded from, if any (groups fork without one).
    public var fromSnapshotSequence: UInt64?

    /// The record of forking `forkedOrigin` off `originalOrigin` at `forkSequence`.
    public init(originalOrigin: UInt64, forkedOrigin: UInt64, forkSequence: UInt64, fromSnapshotSequence: UInt64? = nil)
    {
        self.originalOrigin = originalOrigin
        self.forkedOrigin = forkedOrigin
        self.forkSequence = forkSequence
        forkGenesis = .forkGenesis(originHash: forkedOrigin, parentOrigin: originalOrigin, forkSequence: forkSequence)
        self.fromSnapshotSequence = fromSnapshotSequence
    }

    /// Whether the record is structurally sound: the genesis parent is the recomputed sentinel, the
    /// genesis belongs to the fork at sequence 0, and the fork is a different entity from its parent.
    public func verify() -> Bool {
        forkGenesis.parentHash == CausalLink.forkSentinel(parentOrigin: originalOrigin, forkSequence: forkSequence)
            && forkGenesis.originHash == forkedOrigin
            && forkGenesis.sequence == 0
            && originalOrigin != forkedOrigin
    }
}
