/// The group-coordinator surface both runtimes implement (spec §3.2).
///
/// A coordinator is single-owner: mutating calls need exclusive access.
public protocol GroupCoordinating: AnyObject {
    /// The scheduler type the static placement helpers use.
    associatedtype GroupScheduler: Scheduling

    /// An empty group whose load balancer uses `strategy` and the default config.
    init(strategy: Strategy)

    /// Registers `member` with the load balancer (default endpoint: healthy, weight 100, even if
    /// `member.isHealthy` is false) and appends it.
    func addMember(_ member: MemberInfo)
    /// Pops the last member and removes its endpoint; `nil` for an empty group.
    func removeLast() -> MemberInfo?
    /// Selects a member through the load balancer and returns its origin hash; never records a completion.
    ///
    /// - Throws: `GroupError.noHealthyMember` when selection fails or the id is no member's.
    func routeEvent(_ context: RequestContext) throws(GroupError) -> UInt64
    /// The origin hash of the member registered under `entityID`, the lookup `routeEvent` makes per event.
    func originHash(forEntityID entityID: NodeID) -> UInt64?
    /// Marks the member with `index` unhealthy here and in the load balancer; unknown index: no-op.
    func markUnhealthy(_ index: UInt8)
    /// Marks the member with `index` healthy here and in the load balancer; unknown index: no-op.
    func markHealthy(_ index: UInt8)
    /// Moves the member with `index` to `nodeID` under `entityID` (fresh endpoint, healthy); unknown index: no-op.
    func updateMemberPlacement(_ index: UInt8, nodeID: UInt64, entityID: NodeID)
    /// Marks healthy every unhealthy member on `nodeID` whose daemon `registry` still holds.
    func onNodeRecovery(_ nodeID: UInt64, registry: some DaemonRegistryQuerying)
    /// Aggregate health from the healthy and total member counts.
    func health() -> GroupHealth
    /// The members in index order.
    func members() -> [MemberInfo]
    /// Member count saturated at 255.
    var memberCount: UInt8 { get }
    /// Healthy member count saturated at 255.
    var healthyCount: UInt8 { get }
    /// Indices of the members running on `nodeID`, in member order.
    func membersOnNode(_ nodeID: UInt64) -> [UInt8]

    /// `scheduler.place(requirements)` unless that node is excluded, then the first non-excluded
    /// candidate with reason `firstMatch`.
    ///
    /// - Throws: `GroupError.placementFailed` with the scheduler's message or `allCandidatesExcluded`'s.
    static func placeWithSpread(
        scheduler: GroupScheduler, requirements: CapabilityFilter, exclude: Set<UInt64>
    ) throws(GroupError) -> PlacementDecision
    /// The best-scoring non-excluded node with reason `bestScore`.
    ///
    /// - Throws: `GroupError.noCandidateSatisfiedPlacement` when no node survives.
    static func placeMember(
        scheduler: GroupScheduler, artifact: Artifact, requirements: CapabilityFilter, exclude: Set<UInt64>,
        placement: some PlacementFilter, tieBreak: TieBreakContext
    ) throws(GroupError) -> PlacementDecision
}
