/// What `perfbench run` was asked to do, after parsing.
public struct RunRequest: Sendable, Equatable {
    /// Keep cases exercising any of these audit items (nil: all).
    public var items: [Int]?
    /// Keep cases whose id matches (`CaseID.matches`; nil: all).
    public var pattern: String?
    /// Keep exactly these case ids (nil: all); for re-measuring undecided cases.
    public var caseIDs: Set<String>?
    public var overrides: [ParameterOverride]
    public var engine: EngineKind
    /// Counter names for the perf engine (empty: its default set).
    public var counters: [String]
    public var quick: Bool
    /// Which passes run (all by default). The allocation pass installs jemalloc's hooks for the
    /// rest of the process, so a process that times again later runs it last, on its own.
    public var passes: Set<RunPass>
    /// Costs the harness adds to fixed sides (the gate's self-test only; nil: none).
    public var perturbation: PerturbationPlan?

    public init(
        items: [Int]? = nil, pattern: String? = nil, caseIDs: Set<String>? = nil, overrides: [ParameterOverride] = [],
        engine: EngineKind = .auto,
        counters: [String] = [], quick: Bool = false, passes: Set<RunPass> = Set(RunPass.allCases),
        perturbation: PerturbationPlan? = nil
    ) {
        self.items = items
        self.pattern = pattern
        self.caseIDs = caseIDs
        self.overrides = overrides
        self.engine = engine
        self.counters = counters
        self.quick = quick
        self.passes = passes
        self.perturbation = perturbation
    }

    /// The round plan this request implies.
    public var plan: RoundPlan { quick ? .quick : .full }
}

/// The passes of a run, each a separate truth (see `MeasurementModel.md`).
public enum RunPass: String, Sendable, CaseIterable {
    /// Paired, interleaved timing rounds (with counters when the engine reads them).
    case timing
    /// Exact allocations and bytes per event (jemalloc hooks; installs them for good).
    case allocations
    /// Exact instructions per event under callgrind (a child process).
    case instructions
}
