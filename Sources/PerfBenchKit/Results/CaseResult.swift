/// The paired measurement of one case: a result per side, the paired ratios, and what the case
/// promises (its floor).
public struct CaseResult: Codable, Sendable, Equatable {
    /// `component.operation.variant.size`, e.g. `lb.select.roundRobin.n100`.
    public var id: String
    /// Every audit item (148...170) the case exercises.
    public var items: [Int]
    /// The items this case isolates: the only ones its speedup is credited to.
    public var isolates: [Int]
    /// The parameters the case ran with (after `--set` overrides).
    public var params: [String: Int]
    public var floor: CaseFloor
    /// What the case declared about its judgement (nil: the defaults).
    public var tolerance: CaseTolerance?
    /// Run-to-run noise of unchanged code, in an accepted baseline only.
    package var noise: CaseNoise?
    public var legacy: SideResult
    public var fixed: SideResult
    /// The limit kernel, for cases that have one.
    public var limit: SideResult?
    /// Paired ratios keyed by `Metric.id`: `speedup` (legacy/fixed), `fixed_over_limit`.
    public var ratios: [String: RatioSummary]
    /// Metrics this case did not measure, with why (e.g. instructions of a two-thread case).
    public var unavailable: [UnavailableMetric]
    /// Facts a reader needs to interpret the figures (e.g. a capped event count).
    public var notes: [String]

    package init(
        id: String, items: [Int], isolates: [Int]? = nil, params: [String: Int], floor: CaseFloor,
        tolerance: CaseTolerance? = nil, noise: CaseNoise? = nil, legacy: SideResult, fixed: SideResult,
        limit: SideResult? = nil, ratios: [String: RatioSummary] = [:],
        unavailable: [UnavailableMetric] = [], notes: [String] = []
    ) {
        self.id = id
        self.items = items
        self.isolates = isolates ?? items
        self.params = params
        self.floor = floor
        self.tolerance = tolerance
        self.noise = noise
        self.legacy = legacy
        self.fixed = fixed
        self.limit = limit
        self.ratios = ratios
        self.unavailable = unavailable
        self.notes = notes
    }

    /// The result of `side`, nil for a side the case does not have.
    public subscript(side: Side) -> SideResult? {
        get {
            switch side {
            case .legacy: legacy
            case .fixed: fixed
            case .limit: limit
            }
        }
        set {
            switch side {
            case .legacy: legacy = newValue ?? SideResult()
            case .fixed: fixed = newValue ?? SideResult()
            case .limit: limit = newValue
            }
        }
    }

    /// The sides this case measured, in `Side` order.
    public var sides: [Side] {
        Side.allCases.filter { self[$0] != nil }
    }

    /// The paired ratio `metric` (`.speedup`, `.limitRatio`), nil when not measured.
    public func ratio(_ metric: Metric) -> RatioSummary? {
        ratios[metric.id]
    }

    /// legacy/fixed time per event, paired per rotation block of rounds.
    public var speedup: RatioSummary? {
        get { ratios[Metric.speedup.id] }
        set { ratios[Metric.speedup.id] = newValue }
    }

    /// Why `metric` is missing on `side`, from this case's list, nil when not recorded here.
    public func unavailableReason(_ metric: Metric, side: Side) -> String? {
        unavailable.first { $0.metric == metric.id && ($0.side == nil || $0.side == side) }?.reason
    }
}

/// What the case's fix promises: the gate's "the fix holds" rule.
public struct CaseFloor: Codable, Sendable, Equatable {
    /// Minimum legacy/fixed speedup (the interval's lower bound must stay at or above it).
    public var minSpeedup: Double
    /// Maximum fixed allocations per event (0 on every hot path).
    public var maxFixedAllocsPerEvent: Double

    public init(minSpeedup: Double, maxFixedAllocsPerEvent: Double) {
        self.minSpeedup = minSpeedup
        self.maxFixedAllocsPerEvent = maxFixedAllocsPerEvent
    }

    enum CodingKeys: String, CodingKey {
        case minSpeedup = "min_speedup"
        case maxFixedAllocsPerEvent = "max_fixed_allocs_per_event"
    }
}
