import ComputeRuntime

/// Runs an `OperationScript` against any `LoadBalancing` implementation with a manual clock.
public struct ScriptRunner<L: LoadBalancing> {
    public let balancer: L
    public let clock: ManualClock
    private var lastSelected: NodeID?

    public init(_ script: OperationScript) {
        clock = ManualClock()
        balancer = L(config: script.config, clock: .manual(clock), random: .seeded(script.randomSeed))
    }

    /// Applies one step and reports its outcome.
    public mutating func apply(_ operation: LoadBalancerOperation) -> LoadBalancerOutcome {
        switch operation {
        case .add(let endpoint): balancer.addEndpoint(endpoint)
        case .remove(let id): balancer.removeEndpoint(id)
        case .updateHealth(let id, let health): balancer.updateHealth(id, health)
        case .updateMetrics(let id, let metrics): balancer.updateMetrics(id, metrics)
        case .select(let context):
            do {
                let selection = try balancer.select(context)
                lastSelected = selection.nodeID
                return .selected(selection)
            } catch {
                return .failed(error)
            }
        case .completeLast(let success):
            if let lastSelected { balancer.recordCompletion(lastSelected, success: success) }
        case .complete(let id, let success): balancer.recordCompletion(id, success: success)
        case .advanceClock(let milliseconds): clock.advance(milliseconds: milliseconds)
        case .stats: return .stats(balancer.stats())
        case .endpoints: return .endpoints(balancer.endpoints(), count: balancer.endpointCount)
        }
        return .done
    }

    /// Runs every step.
    public mutating func run(_ operations: [LoadBalancerOperation]) -> [LoadBalancerOutcome] {
        operations.map { apply($0) }
    }
}

/// The first step where two runs of the same script differ.
public struct ScriptDivergence: CustomStringConvertible {
    public let step: Int
    public let operation: LoadBalancerOperation
    public let legacy: LoadBalancerOutcome
    public let fixed: LoadBalancerOutcome

    public var description: String {
        "step \(step) \(operation): legacy \(legacy) vs fixed \(fixed)"
    }

    /// Runs `script` through both implementations in lock step; nil when every outcome matches.
    public static func first<Legacy: LoadBalancing, Fixed: LoadBalancing>(
        _ script: OperationScript, legacy: Legacy.Type, fixed: Fixed.Type
    ) -> ScriptDivergence? {
        var legacyRunner = ScriptRunner<Legacy>(script)
        var fixedRunner = ScriptRunner<Fixed>(script)
        for (step, operation) in script.operations.enumerated() {
            let a = legacyRunner.apply(operation)
            let b = fixedRunner.apply(operation)
            if a != b { return ScriptDivergence(step: step, operation: operation, legacy: a, fixed: b) }
        }
        return nil
    }
}
