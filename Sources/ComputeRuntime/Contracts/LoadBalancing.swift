/// The load-balancer surface both runtimes implement, so workloads and parity tests can be generic.
///
/// Measured loops reach it through generics (`some LoadBalancing`), never `any`.
public protocol LoadBalancing: AnyObject, Sendable {
    /// An empty balancer with `config`, reading time from `clock` and random numbers from `random`.
    init(config: LoadBalancerConfig, clock: MonotonicClock, random: RandomSource)

    /// Inserts or replaces (in place, keeping its position) the endpoint with `endpoint.nodeID`.
    func addEndpoint(_ endpoint: Endpoint)
    /// Removes the endpoint and its hash-ring entries; no-op if unknown.
    func removeEndpoint(_ id: NodeID)
    func updateHealth(_ id: NodeID, _ health: HealthStatus)
    func updateMetrics(_ id: NodeID, _ metrics: LoadMetrics)
    /// Releases a reservation and feeds the circuit breaker; no-op if unknown.
    func recordCompletion(_ id: NodeID, success: Bool)
    /// Picks and reserves an endpoint (spec §1.9).
    func select(_ context: RequestContext) throws(LoadBalancerError) -> Selection
    func stats() -> LoadBalancerStats
    /// Claims `id`'s half-open probe slot (flag false → true); nil when `id` is unknown or a probe
    /// is already in flight. Not used by `select` (spec §1.4).
    func tryClaimHalfOpenProbe(_ id: NodeID) -> (any HalfOpenProbeClaim)?
    /// Clears `id`'s probe flag; no-op when unknown.
    func releaseHalfOpenProbe(_ id: NodeID)
    /// Whether `id` has a half-open probe in flight (false when unknown).
    func isHalfOpenProbeInFlight(_ id: NodeID) -> Bool
    /// Materialised copies of every registered endpoint, in registration order.
    func endpoints() -> [Endpoint]
    var endpointCount: Int { get }
}

extension LoadBalancing {
    /// An empty balancer with `config`, reading time from `clock` and OS-seeded randomness.
    public init(config: LoadBalancerConfig, clock: MonotonicClock = .system) {
        self.init(config: config, clock: clock, random: .system)
    }

    /// A balancer with the default config, system clock and `strategy`.
    public static func withStrategy(_ strategy: Strategy) -> Self {
        Self(config: LoadBalancerConfig(strategy: strategy), clock: .system)
    }
}
