import ComputeRuntime
import Synchronization

/// The probe guard of one endpoint state: releases the probe flag on drop unless committed.
final class EndpointProbeClaim: HalfOpenProbeClaim {
    private let state: EndpointState
    private let committed = Atomic<Bool>(false)

    /// Claims `state`'s probe slot; nil when a probe is already in flight.
    init?(claiming state: EndpointState) {
        guard
            state.halfOpenProbe.compareExchange(
                expected: false, desired: true, ordering: .sequentiallyConsistent
            ).exchanged
        else { return nil }
        self.state = state
    }

    func commit() {
        committed.store(true, ordering: .sequentiallyConsistent)
    }

    deinit {
        if !committed.load(ordering: .sequentiallyConsistent) {
            state.halfOpenProbe.store(false, ordering: .sequentiallyConsistent)
        }
    }
}
