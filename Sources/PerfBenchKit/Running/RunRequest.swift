/// What `perfbench run` was asked to do, after parsing.
public struct RunRequest: Sendable, Equatable {
    /// Keep cases exercising any of these audit items (nil: all).
    public var items: [Int]?
    /// Keep cases whose id matches (`CaseID.matches`; nil: all).
    public var pattern: String?
    public var overrides: [ParameterOverride]
    public var engine: EngineKind
    /// Counter names for the perf engine (empty: its default set).
    public var counters: [String]
    public var quick: Bool

    public init(
        items: [Int]? = nil, pattern: String? = nil, overrides: [ParameterOverride] = [], engine: EngineKind = .auto,
        counters: [String] = [], quick: Bool = false
    ) {
        self.items = items
        self.pattern = pattern
        self.overrides = overrides
        self.engine = engine
        self.counters = counters
        self.quick = quick
    }

    /// The round plan this request implies.
    public var plan: RoundPlan { quick ? .quick : .full }
}
