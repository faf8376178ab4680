/// One perfbench run: the host, the engine and a result per case. Schema `perfbench.results/1`,
/// documented in `PerfBenchKit.docc/ResultsSchema.md`; a breaking change bumps the version.
public struct ResultsDocument: Codable, Sendable, Equatable {
    /// The schema identifier this build writes and reads.
    public static let currentSchema = "perfbench.results/1"

    public var schema: String
    /// ISO 8601, UTC.
    public var createdAt: String
    public var host: HostDescription
    public var engine: EngineRecord
    /// Whether the run used `--quick` (fewer rounds, smaller sweeps).
    public var quick: Bool
    /// Counters that were asked for but could not be read, with the reason.
    public var unavailableCounters: [UnavailableCounter]
    public var cases: [CaseResult]

    public init(
        schema: String = ResultsDocument.currentSchema, createdAt: String, host: HostDescription,
        engine: EngineRecord, quick: Bool, unavailableCounters: [UnavailableCounter] = [], cases: [CaseResult]
    ) {
        self.schema = schema
        self.createdAt = createdAt
        self.host = host
        self.engine = engine
        self.quick = quick
        self.unavailableCounters = unavailableCounters
        self.cases = cases
    }

    enum CodingKeys: String, CodingKey {
        case schema
        case createdAt = "created_at"
        case host, engine, quick
        case unavailableCounters = "unavailable_counters"
        case cases
    }
}

/// Which engine was asked for, which ran, and why that one.
public struct EngineRecord: Codable, Sendable, Equatable {
    /// "auto", "wall", "perf" or "callgrind".
    public var requested: String
    public var used: String
    public var reason: String

    public init(requested: String, used: String, reason: String) {
        self.requested = requested
        self.used = used
        self.reason = reason
    }
}

/// A counter that was requested but not read.
public struct UnavailableCounter: Codable, Sendable, Equatable {
    public var name: String
    /// One line, e.g. "no hardware PMU on this host (ENOENT)".
    public var reason: String

    public init(name: String, reason: String) {
        self.name = name
        self.reason = reason
    }
}

/// The paired before/after measurement of one case.
public struct CaseResult: Codable, Sendable, Equatable {
    /// `component.operation.variant.size`, e.g. `lb.select.roundRobin.n100`.
    public var id: String
    /// Audit items (148...170) the case exercises.
    public var items: [Int]
    /// The parameters the case ran with (after `--set` overrides).
    public var params: [String: Int]
    public var legacy: ImplementationResult
    public var fixed: ImplementationResult
    /// legacy/fixed time per event, paired per round.
    public var speedup: SpeedupSummary?
    public var floor: CaseFloor

    public init(
        id: String, items: [Int], params: [String: Int], legacy: ImplementationResult, fixed: ImplementationResult,
        speedup: SpeedupSummary?, floor: CaseFloor
    ) {
        self.id = id
        self.items = items
        self.params = params
        self.legacy = legacy
        self.fixed = fixed
        self.speedup = speedup
        self.floor = floor
    }
}

/// What one implementation cost per event. A nil metric was not measured (the reason is in the
/// document's engine record or unavailable counters), never a silent zero.
public struct ImplementationResult: Codable, Sendable, Equatable {
    /// Wall-clock nanoseconds per event over the timing rounds; nil under callgrind.
    public var nsPerEvent: Distribution?
    /// Thread CPU nanoseconds per event (median over rounds).
    public var cpuNsPerEvent: Double?
    /// Exact heap allocations per event from the allocation pass.
    public var allocsPerEvent: Double?
    /// Exact bytes allocated per event from the allocation pass.
    public var bytesPerEvent: Double?
    /// Callgrind instructions per event (deterministic), when that engine ran.
    public var instructionsPerEvent: Double?
    /// perf_event counters per event, keyed by the name as requested.
    public var counters: [String: Double]

    public init(
        nsPerEvent: Distribution?, cpuNsPerEvent: Double? = nil, allocsPerEvent: Double?, bytesPerEvent: Double?,
        instructionsPerEvent: Double?, counters: [String: Double] = [:]
    ) {
        self.nsPerEvent = nsPerEvent
        self.cpuNsPerEvent = cpuNsPerEvent
        self.allocsPerEvent = allocsPerEvent
        self.bytesPerEvent = bytesPerEvent
        self.instructionsPerEvent = instructionsPerEvent
        self.counters = counters
    }

    enum CodingKeys: String, CodingKey {
        case nsPerEvent = "ns_per_event"
        case cpuNsPerEvent = "cpu_ns_per_event"
        case allocsPerEvent = "allocs_per_event"
        case bytesPerEvent = "bytes_per_event"
        case instructionsPerEvent = "instructions_per_event"
        case counters
    }
}

/// A sample distribution: median plus spread.
public struct Distribution: Codable, Sendable, Equatable {
    public var median: Double
    /// 25th and 75th percentiles.
    public var p25: Double
    public var p75: Double
    public var min: Double
    public var max: Double
    /// Number of samples (rounds).
    public var samples: Int

    public init(median: Double, p25: Double, p75: Double, min: Double, max: Double, samples: Int) {
        self.median = median
        self.p25 = p25
        self.p75 = p75
        self.min = min
        self.max = max
        self.samples = samples
    }
}

/// The paired legacy/fixed ratio (above 1 when the fix is faster) with a bootstrap interval.
public struct SpeedupSummary: Codable, Sendable, Equatable {
    public var median: Double
    public var ciLow: Double
    public var ciHigh: Double
    /// Confidence level of the interval, e.g. 0.95.
    public var confidence: Double
    /// How many paired rounds went into it.
    public var rounds: Int

    public init(median: Double, ciLow: Double, ciHigh: Double, confidence: Double, rounds: Int) {
        self.median = median
        self.ciLow = ciLow
        self.ciHigh = ciHigh
        self.confidence = confidence
        self.rounds = rounds
    }

    enum CodingKeys: String, CodingKey {
        case median
        case ciLow = "ci_low"
        case ciHigh = "ci_high"
        case confidence, rounds
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
