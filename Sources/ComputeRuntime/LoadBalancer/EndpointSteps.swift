/// The per-select steps of one endpoint of a fixed balancer (`EndpointStepping`); a concrete type
/// across modules, so callers specialize on it (an opaque `some` result costs a metadata lookup per call).
package final class EndpointSteps: EndpointStepping {
    private let state: EndpointState
    private let balancer: LoadBalancer

    init(_ state: EndpointState, of balancer: LoadBalancer) {
        self.state = state
        self.balancer = balancer
    }

    /// #155: the reservation of a select: the connection CAS and, only when it fills the last
    /// slot, the fast-path bookkeeping; no timestamp, no lock.
    package func reserve(maxConnections: UInt32) -> Bool {
        let (reserved, change) = state.tryRecordRequest(maxConnections: maxConnections)
        balancer.apply(change)
        return reserved
    }

    /// #149: one load of the published box's precomputed score.
    package func loadScore() -> Double {
        state.loadScore()
    }
}

extension LoadBalancer {
    /// The per-select steps of `id`'s endpoint, or nil when it is not registered (a cold path).
    package func steps(for id: NodeID) -> EndpointSteps? {
        withSnapshot { table in
            table.position(of: id).map { EndpointSteps(table.state(at: $0).takeUnretainedValue(), of: self) }
        }
    }
}
