import ComputeRuntime
import LegacyBaseline

/// Builds a case instance on a load balancer of any runtime; the catalog's one generic seam.
protocol BalancerInstanceBuilder: Sendable {
    func make<Balancer: LoadBalancing>(_ type: Balancer.Type) -> any CaseInstance
}

extension Implementation {
    /// The instance `builder` makes on this implementation's load balancer. The only place that
    /// names the two concrete balancer types.
    func instance(_ builder: some BalancerInstanceBuilder) -> any CaseInstance {
        switch self {
        case .legacy: builder.make(LegacyBaseline.LoadBalancer.self)
        case .fixed: builder.make(ComputeRuntime.LoadBalancer.self)
        }
    }
}

/// Builds a case instance on the select steps of one endpoint of any runtime (`EndpointStepping`).
protocol StepInstanceBuilder: Sendable {
    /// The balancer to build; the steps are those of its first endpoint.
    var fixture: BalancerFixture { get }
    func make(_ steps: some EndpointStepping) -> any CaseInstance
}

extension Implementation {
    func instance(_ builder: some StepInstanceBuilder) -> any CaseInstance {
        let id = builder.fixture.endpoints[0].nodeID
        switch self {
        case .legacy:
            guard let steps = builder.fixture.make(LegacyBaseline.LoadBalancer.self).steps(for: id) else { break }
            return builder.make(steps)
        case .fixed:
            guard let steps = builder.fixture.make(ComputeRuntime.LoadBalancer.self).steps(for: id) else { break }
            return builder.make(steps)
        }
        preconditionFailure("the step fixture's first endpoint is registered")
    }
}

/// Builds a case instance on a scheduler of any runtime.
protocol SchedulerInstanceBuilder: Sendable {
    func make<Scheduler: Scheduling>(_ type: Scheduler.Type) -> any CaseInstance
}

/// Builds a case instance on a group coordinator (and balancer) of any runtime.
protocol CoordinatorInstanceBuilder: Sendable {
    func make<Coordinator: GroupCoordinating, Balancer: LoadBalancing>(
        _ type: Coordinator.Type, balancer: Balancer.Type
    ) -> any CaseInstance
}

/// Builds a case instance on a daemon host and chain of any runtime.
protocol HostInstanceBuilder: Sendable {
    func make<Host: DaemonHosting, Chain: CausalChainHashing>(_ type: Host.Type, chain: Chain.Type) -> any CaseInstance
}

/// Builds a case instance on a recovery registry of any runtime.
protocol RegistryInstanceBuilder: Sendable {
    func make<Registry: RecoveryRegistering>(_ type: Registry.Type) -> any CaseInstance
}

extension Implementation {
    func instance(_ builder: some SchedulerInstanceBuilder) -> any CaseInstance {
        switch self {
        case .legacy: builder.make(LegacyBaseline.Scheduler.self)
        case .fixed: builder.make(ComputeRuntime.Scheduler.self)
        }
    }

    func instance(_ builder: some CoordinatorInstanceBuilder) -> any CaseInstance {
        switch self {
        case .legacy: builder.make(LegacyBaseline.GroupCoordinator.self, balancer: LegacyBaseline.LoadBalancer.self)
        case .fixed: builder.make(ComputeRuntime.GroupCoordinator.self, balancer: ComputeRuntime.LoadBalancer.self)
        }
    }

    func instance(_ builder: some HostInstanceBuilder) -> any CaseInstance {
        switch self {
        case .legacy: builder.make(LegacyBaseline.DaemonHost.self, chain: LegacyBaseline.CausalChain.self)
        case .fixed: builder.make(ComputeRuntime.DaemonHost.self, chain: ComputeRuntime.CausalChain.self)
        }
    }

    func instance(_ builder: some RegistryInstanceBuilder) -> any CaseInstance {
        switch self {
        case .legacy: builder.make(LegacyBaseline.RecoveryRegistry.self)
        case .fixed: builder.make(ComputeRuntime.RecoveryRegistry.self)
        }
    }
}
