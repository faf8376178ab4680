import ComputeRuntime

/// The per-select steps of one endpoint of a legacy balancer (`EndpointStepping`).
package final class EndpointSteps: EndpointStepping {
    private let state: EndpointState

    init(_ state: EndpointState) {
        self.state = state
    }

    /// #155 legacy cost: the reservation of a select, with its mutex-guarded timestamp and clock read.
    package func reserve(maxConnections: UInt32) -> Bool {
        state.tryRecordRequest(maxConnections: maxConnections)
    }

    /// #149 legacy cost: the read lock and a copy of the whole metrics struct.
    package func loadScore() -> Double {
        state.loadScore()
    }
}

extension LoadBalancer {
    /// The per-select steps of `id`'s endpoint, or nil when it is not registered (a cold path).
    package func steps(for id: NodeID) -> EndpointSteps? {
        table.lookup(id).map(EndpointSteps.init)
    }
}
