/// One perfbench run: the host, the engine, how it measured, and a result per case.
///
/// Schema `perfbench.results/2`, documented in `PerfBenchKit.docc/ResultsSchema.md`; a breaking
/// change bumps the version. Files of schema `/1` are migrated on load (`ResultsMigration`).
public struct ResultsDocument: Codable, Sendable, Equatable {
    /// The schema identifier this build writes.
    public static let currentSchema = "perfbench.results/2"

    public var schema: String
    /// ISO 8601, UTC.
    public var createdAt: String
    package var host: HostDescription
    public var engine: EngineRecord
    /// Whether the run used `--quick` (fewer rounds, shorter batches).
    public var quick: Bool
    /// How the figures were produced (rounds, passes, interval method); nil for a migrated `/1` file.
    package var method: MethodRecord?
    /// Metrics wanted for every case but not measured, with the reason.
    public var unavailable: [UnavailableMetric]
    public var cases: [CaseResult]

    package init(
        schema: String = ResultsDocument.currentSchema, createdAt: String, host: HostDescription,
        engine: EngineRecord, quick: Bool, method: MethodRecord? = nil, unavailable: [UnavailableMetric] = [],
        cases: [CaseResult]
    ) {
        self.schema = schema
        self.createdAt = createdAt
        self.host = host
        self.engine = engine
        self.quick = quick
        self.method = method
        self.unavailable = unavailable
        self.cases = cases
    }

    /// The case with `id`, nil when the run did not measure it.
    public func result(for id: String) -> CaseResult? {
        cases.first { $0.id == id }
    }

    /// Why `metric` is missing on `side` of `caseResult`: the case's own reason, else the document's.
    public func unavailableReason(_ metric: Metric, side: Side, in caseResult: CaseResult) -> String? {
        caseResult.unavailableReason(metric, side: side)
            ?? unavailable.first { $0.metric == metric.id && ($0.side == nil || $0.side == side) }?.reason
    }

    enum CodingKeys: String, CodingKey {
        case schema
        case createdAt = "created_at"
        case host, engine, quick, method, unavailable, cases
    }
}

/// Which engine was asked for, which ran, and why that one.
public struct EngineRecord: Codable, Sendable, Equatable {
    public var requested: EngineKind
    /// The engine that ran; never `auto`.
    public var used: EngineKind
    public var reason: String

    package init(requested: EngineKind, used: EngineKind, reason: String) {
        self.requested = requested
        self.used = used
        self.reason = reason
    }
}
