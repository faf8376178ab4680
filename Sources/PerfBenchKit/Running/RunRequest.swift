/// What `perfbench run` was asked to do, after parsing.
public struct RunRequest: Sendable, Equatable {
    /// Keep cases exercising any of these audit items (nil: all).
    public var items: [Int]?
    /// Keep cases whose id matches (`CaseID.matches`; nil: all).
    public var pattern: String?
    /// Keep exactly these case ids (nil: all); for re-measuring undecided cases.
    package var caseIDs: Set<String>?
    public var overrides: [ParameterOverride]
    public var engine: EngineKind
    /// Counter names for the perf engine (empty: its default set).
    public var counters: [String]
    public var quick: Bool
    /// Which passes run (all by default). The allocation pass installs jemalloc's hooks for the
    /// rest of the process, so a process that times again later runs it last, on its own.
    package var passes: Set<RunPass>
    /// Costs the harness adds to fixed sides (the gate's self-test only; nil: none).
    package var perturbation: PerturbationPlan?

    /// A request for a run of every pass over the cases `items` and `pattern` select.
    ///
    /// - Parameters:
    ///   - items: keep cases exercising any of these items (nil: all).
    ///   - pattern: keep cases whose id matches one of its comma-separated patterns (nil: all).
    ///   - overrides: `--set` values for case parameters.
    ///   - engine: how to time (`auto`: the richest that works here).
    ///   - counters: perf counter names for the perf engine (empty: its default set).
    ///   - quick: the quick plan (fewer rounds, shorter batches).
    public init(
        items: [Int]? = nil, pattern: String? = nil, overrides: [ParameterOverride] = [], engine: EngineKind = .auto,
        counters: [String] = [], quick: Bool = false
    ) {
        self.init(
            items: items, pattern: pattern, caseIDs: nil, overrides: overrides, engine: engine, counters: counters,
            quick: quick, passes: Set(RunPass.allCases))
    }

    /// A request for some passes only, over exact case ids or with a perturbation (the gate's retries
    /// and self-test). `passes` has no default so that calls without it resolve to the public init.
    package init(
        items: [Int]? = nil, pattern: String? = nil, caseIDs: Set<String>? = nil, overrides: [ParameterOverride] = [],
        engine: EngineKind = .auto, counters: [String] = [], quick: Bool = false, passes: Set<RunPass>,
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
    package var plan: RoundPlan { quick ? .quick : .full }
}

/// The passes of a run, each a separate truth (see `MeasurementModel.md`).
package enum RunPass: String, Sendable, CaseIterable {
    /// Paired, interleaved timing rounds (with counters when the engine reads them).
    case timing
    /// Exact allocations and bytes per event (jemalloc hooks; installs them for good).
    case allocations
    /// Exact instructions per event under callgrind (a child process).
    case instructions
}
