import ComputeRuntime

/// One step of a select on one endpoint, alone.
enum EndpointStep: Sendable {
    /// A reservation below an unreachable cap (never fills, so every event does the same work).
    case reserve
    /// The load-score read a select makes for its `Selection`.
    case loadScore
}

/// `EndpointStepping` calls, one per event.
final class EndpointStepWorkload<Steps: EndpointStepping>: EventWorkload {
    let steps: Steps

    init(_ steps: Steps) {
        self.steps = steps
    }

    func perform(_ step: EndpointStep) -> UInt64 {
        switch step {
        case .reserve: steps.reserve(maxConnections: .max) ? 1 : 0
        case .loadScore: steps.loadScore().bitPattern
        }
    }
}

/// The steps of one endpoint (varied metrics, as the sweeps' first) of a freshly built balancer.
struct EndpointStepBuilder: StepInstanceBuilder {
    var step: EndpointStep

    var fixture: BalancerFixture {
        var fixture = BalancerFixture.sweep(.roundRobin, count: 1)
        fixture.config = LoadBalancerConfig(strategy: .roundRobin)
        return fixture
    }

    func make(_ steps: some EndpointStepping) -> any CaseInstance {
        EventDriver(EndpointStepWorkload(steps), events: [step])
    }
}

extension CaseCatalog {
    /// Per-select steps measured alone: the items whose cost is one step of a select, which a
    /// whole-select case would credit with the walk's speedup (#148).
    static var stepCases: [BenchCase] {
        [
            BenchCase(
                id: CaseID("lb", "step", "reserve", "n1"), items: [155], isolates: [155],
                summary: "the reservation step of a select alone: connection CAS (legacy: + clock read, mutex'd stamp)",
                parameters: [],
                // Legacy's mutex round trip and clock read against a CAS: this VM measures 5x in time
                // (2.6x in callgrind instructions, where a clock read is a vDSO call it barely sees).
                floor: .hotPath(minSpeedup: 1.7)
            ) { implementation, _ in
                implementation.instance(EndpointStepBuilder(step: .reserve))
            },
            BenchCase(
                id: CaseID("lb", "step", "loadScore", "n1"), items: [149], isolates: [149],
                summary: "the load-score read of a select alone: read lock + 9-field copy vs the published box",
                parameters: [],
                // A read lock, a 9-field copy and the score against one load: 8.7x measured here.
                floor: .hotPath(minSpeedup: 2.9)
            ) { implementation, _ in
                implementation.instance(EndpointStepBuilder(step: .loadScore))
            },
        ]
    }
}
