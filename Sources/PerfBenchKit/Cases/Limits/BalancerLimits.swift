import ComputeRuntime

/// The load-balancer limit kernels the catalog attaches to its select-then-complete cases.
enum BalancerLimits {
    /// Strategies with a limit kernel: the hot paths of the audit's load balancer.
    static let strategies: Set<Strategy> = [.roundRobin, .consistentHash, .leastLatency, .leastLoad]

    /// The kernel of `fixture`'s strategy over `contexts`, driven like the runtime sides.
    static func instance(_ fixture: BalancerFixture, contexts: [RequestContext]) -> any CaseInstance {
        switch fixture.config.strategy {
        case .roundRobin: EventDriver(RoundRobinLimit(fixture, events: contexts), events: contexts)
        case .consistentHash: EventDriver(ConsistentHashLimit(fixture, events: contexts), events: contexts)
        case .leastLatency, .leastLoad: EventDriver(MinimumScanLimit(fixture, events: contexts), events: contexts)
        default: preconditionFailure("no limit kernel for \(fixture.config.strategy)")
        }
    }

    /// A case's limit builder when `strategy` has a kernel, nil otherwise.
    ///
    /// - Parameters:
    ///   - fixture: the endpoints and config the case's runtime sides start from.
    ///   - contexts: the case's request stream.
    static func maker(
        _ strategy: Strategy, fixture: @escaping @Sendable (ResolvedParameters) -> BalancerFixture,
        contexts: @escaping @Sendable (ResolvedParameters) -> [RequestContext]
    ) -> (@Sendable (ResolvedParameters) -> any CaseInstance)? {
        guard strategies.contains(strategy) else { return nil }
        return { parameters in instance(fixture(parameters), contexts: contexts(parameters)) }
    }
}
