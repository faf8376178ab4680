/// One per-event workload measured on both runtimes, and beside them, where the case has one, on
/// its limit kernel.
///
/// A case names the audit items it exercises, its parameters and its floor (what the fix
/// promises), and builds, per implementation, the prepared state and pre-generated events.
/// Everything `makeInstance` and `makeLimit` do is outside the measured region.
public struct BenchCase: Sendable {
    /// The catalog's id; a case selected for a run says the size it runs at (`resolved(for:)`).
    public internal(set) var id: CaseID
    /// Audit items (148...170) this case exercises; empty only for the harness's own overhead case.
    package let auditItems: [Int]
    /// The items (audit items, issue numbers: whatever the catalog counts by) this case exercises.
    public var items: [Int] { auditItems }
    /// The items this case isolates: the only ones its speedup is credited to. Others in
    /// `auditItems` are merely touched (their cost is on the path but not what the case measures).
    public let isolatedItems: [Int]
    /// One line: what an event does.
    public let summary: String
    /// The published benchmark this case mirrors (spec §7), e.g. `lb_strategies/round_robin`.
    package let upstreamName: String?
    public let parameters: [CaseParameter]
    public let floor: CaseFloor
    /// How the gate judges this case where the defaults do not fit, with the reason (nil: defaults).
    public let tolerance: CaseTolerance?
    /// Largest batch the case supports (events that keep its state in the intended regime).
    package let maxBatchEvents: Int
    /// Events per implementation in the callgrind pass: fixed, so two runs count the same work.
    package let callgrindEvents: Int
    /// Most events the untimed exact passes (digest, allocations) may run: slow legacy cases
    /// (milliseconds per event) lower it so those passes stay short.
    package let maxExactPassEvents: Int
    /// Whether `run` uses more than the calling thread (thread CPU time then undercounts).
    package let isMultithreaded: Bool
    /// The parameter the id's size part shows (`n100` for 100 endpoints), nil when the size part is
    /// fixed: the one whose default is the size part's number.
    package let sizeParameter: String?
    /// Events that cover the case's steady state (one full weighted rotation, one pass over the
    /// endpoints or over the event stream) at the resolved parameters; nil: `callgrindEvents` does.
    let steadyStateEvents: (@Sendable (ResolvedParameters) -> Int)?
    /// About how many instructions one legacy event costs at the resolved parameters; bounds the
    /// events the slow legacy side counts (`CountBudget`). Nil: the legacy side is not slow.
    let legacyInstructionsPerEvent: (@Sendable (ResolvedParameters) -> Double)?
    let makeInstance: @Sendable (Implementation, ResolvedParameters) -> any CaseInstance
    /// Builds the limit kernel: the least work the operation must do on this case's data, written
    /// outside both runtimes (`Cases/Limits/`). Its outputs must digest like the fixed side's.
    let makeLimit: (@Sendable (ResolvedParameters) -> any CaseInstance)?

    /// A case with hand-written instances: the richer form the standard catalog uses (a workload
    /// class per operation, limit kernels, multithreaded instances). `BenchCase.paired` builds the
    /// common case from closures.
    ///
    /// - Parameters:
    ///   - steadyStateEvents: events covering the steady state at the given parameters (nil:
    ///     `callgrindEvents` does); the callgrind pass counts at least this many.
    ///   - legacyInstructionsPerEvent: the legacy side's approximate cost per event at the given
    ///     parameters, for a slow legacy side whose counted events are capped (nil: not capped).
    ///   - makeLimit: the limit kernel's builder, nil for a case without one; it must compute the
    ///     fixed side's answers on the same events (the digest pass checks it).
    @usableFromInline package init(
        id: CaseID, items: [Int], isolates: [Int]? = nil, summary: String, upstreamName: String? = nil,
        parameters: [CaseParameter],
        floor: CaseFloor, tolerance: CaseTolerance? = nil, maxBatchEvents: Int = 1 << 24, callgrindEvents: Int = 400,
        maxExactPassEvents: Int = .max, isMultithreaded: Bool = false,
        steadyStateEvents: (@Sendable (ResolvedParameters) -> Int)? = nil,
        legacyInstructionsPerEvent: (@Sendable (ResolvedParameters) -> Double)? = nil,
        makeLimit: (@Sendable (ResolvedParameters) -> any CaseInstance)? = nil,
        makeInstance: @escaping @Sendable (Implementation, ResolvedParameters) -> any CaseInstance
    ) {
        self.id = id
        self.auditItems = items
        let isolated = isolates ?? items
        precondition(Set(isolated).isSubset(of: items), "\(id): isolated items must be among its items")
        self.isolatedItems = isolated
        self.summary = summary
        self.upstreamName = upstreamName
        self.parameters = parameters
        self.floor = floor
        self.tolerance = tolerance
        self.maxBatchEvents = maxBatchEvents
        self.callgrindEvents = callgrindEvents
        self.maxExactPassEvents = maxExactPassEvents
        self.isMultithreaded = isMultithreaded
        self.sizeParameter = Self.sizeParameter(of: id, among: parameters)
        self.steadyStateEvents = steadyStateEvents
        self.legacyInstructionsPerEvent = legacyInstructionsPerEvent
        self.makeInstance = makeInstance
        self.makeLimit = makeLimit
    }

    /// Whether the case measures a limit kernel beside the two runtimes.
    package var hasLimit: Bool { makeLimit != nil }

    /// The sides this case measures, in `Side` order: legacy, fixed, and the limit when it has one.
    package var sides: [Side] {
        hasLimit ? [.legacy, .fixed, .limit] : [.legacy, .fixed]
    }

    /// Builds the prepared state and event stream for `implementation`.
    package func makeInstance(_ implementation: Implementation, parameters: ResolvedParameters) -> any CaseInstance {
        makeInstance(implementation, parameters)
    }

    /// Builds the prepared state and event stream of `side`; nil for `.limit` when the case has no
    /// limit kernel.
    package func makeInstance(for side: Side, parameters: ResolvedParameters) -> (any CaseInstance)? {
        switch side {
        case .legacy: makeInstance(.legacy, parameters)
        case .fixed: makeInstance(.fixed, parameters)
        case .limit: makeLimit?(parameters)
        }
    }

    /// Every side's instance, in `Side` order.
    func makeInstances(_ parameters: ResolvedParameters) -> [(Side, any CaseInstance)] {
        sides.compactMap { side in makeInstance(for: side, parameters: parameters).map { (side, $0) } }
    }

    /// The defaults with `overrides` applied (overrides for parameters this case lacks are ignored).
    ///
    /// - Throws: `CaseSelectionError.valueOutOfRange` when an override is outside a parameter's range.
    package func resolve(_ overrides: [ParameterOverride]) throws(CaseSelectionError) -> ResolvedParameters {
        var values: [String: Int] = [:]
        for parameter in parameters {
            values[parameter.name] = parameter.defaultValue
        }
        for override in overrides {
            guard let parameter = parameters.first(where: { $0.name == override.name }) else { continue }
            guard parameter.range.contains(override.value) else {
                throw .valueOutOfRange(
                    parameter: override.name, value: override.value, caseID: id.description, range: parameter.range)
            }
            values[override.name] = override.value
        }
        return ResolvedParameters(values)
    }
}

extension CaseFloor {
    /// A hot path whose fix promises at least `minSpeedup` and no allocation per event.
    public static func hotPath(minSpeedup: Double) -> CaseFloor {
        CaseFloor(minSpeedup: minSpeedup, maxFixedAllocsPerEvent: 0)
    }
}
