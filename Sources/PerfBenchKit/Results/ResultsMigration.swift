/// Reads `perfbench.results/1` files into the current model, so older runs (a history, an old
/// baseline) stay readable.
///
/// What `/1` did not record stays absent: no raw rounds, no counted events (so its exact metrics
/// are not comparable with a pinned workload), no method record, and no host identity (only a
/// model name such as "AMD EPYC"), so its absolute times are comparable with no host.
enum ResultsMigration {
    static let version1 = "perfbench.results/1"

    static func document(from old: V1Document) -> ResultsDocument {
        let unavailable = old.unavailableCounters.map { counter in
            UnavailableMetric(metric: metricID(forV1Name: counter.name), reason: counter.reason)
        }
        return ResultsDocument(
            schema: ResultsDocument.currentSchema, createdAt: old.createdAt, host: host(from: old.host),
            engine: EngineRecord(
                requested: EngineKind(rawValue: old.engine.requested) ?? .auto,
                used: EngineKind(rawValue: old.engine.used) ?? .wall,
                reason: old.engine.reason),
            quick: old.quick, method: nil, unavailable: unavailable,
            cases: old.cases.map(caseResult(from:)))
    }

    /// `/1` named per-case misses `instructions:<case>`; counters by their name.
    private static func metricID(forV1Name name: String) -> String {
        if name.hasPrefix("instructions:") || name == "allocations" { return name }
        return Metric.counter(name).id
    }

    private static func host(from old: V1Host) -> HostDescription {
        HostDescription(
            identity: nil, logicalCores: old.logicalCores, pmu: old.pmu, perfEventParanoid: old.perfEventParanoid,
            swiftVersion: old.swiftVersion, allocator: old.allocator, valgrind: old.valgrind, gitCommit: old.gitCommit,
            buildConfiguration: BuildConfiguration(rawValue: old.buildConfiguration) ?? .debug)
    }

    private static func caseResult(from old: V1Case) -> CaseResult {
        var ratios: [String: RatioSummary] = [:]
        if let speedup = old.speedup { ratios[Metric.speedup.id] = speedup }
        return CaseResult(
            id: old.id, items: old.items, params: old.params, floor: old.floor, legacy: side(from: old.legacy),
            fixed: side(from: old.fixed), ratios: ratios,
            notes: ["migrated from perfbench.results/1: no raw rounds, no counted events"])
    }

    private static func side(from old: V1Implementation) -> SideResult {
        var side = SideResult()
        if let time = old.nsPerEvent {
            side[.time] = MetricValue(
                value: time.median, unit: Metric.time.unit, p25: time.p25, p75: time.p75, min: time.min,
                max: time.max, samples: time.samples)
        }
        if let cpu = old.cpuNsPerEvent { side[.cpuTime] = MetricValue(value: cpu, unit: Metric.cpuTime.unit) }
        // /1 did not record the counted events: exact figures migrate without `events`.
        if let allocs = old.allocsPerEvent {
            side[.allocations] = MetricValue(value: allocs, unit: "allocations/event")
        }
        if let bytes = old.bytesPerEvent { side[.bytes] = MetricValue(value: bytes, unit: Metric.bytes.unit) }
        if let instructions = old.instructionsPerEvent {
            side[.instructions] = MetricValue(value: instructions, unit: Metric.instructions.unit)
        }
        for (name, value) in old.counters where name != "multiplexed_batches" {
            let metric = Metric.counter(name)
            side[metric] = MetricValue(value: value, unit: metric.unit)
        }
        return side
    }

    // MARK: - The /1 layout, for decoding only

    struct V1Document: Decodable {
        var createdAt: String
        var host: V1Host
        var engine: V1Engine
        var quick: Bool
        var unavailableCounters: [V1Unavailable]
        var cases: [V1Case]

        enum CodingKeys: String, CodingKey {
            case createdAt = "created_at"
            case host, engine, quick
            case unavailableCounters = "unavailable_counters"
            case cases
        }
    }

    struct V1Host: Decodable {
        var logicalCores: Int
        var pmu: CapabilityStatus
        var perfEventParanoid: Int?
        var swiftVersion: String
        var allocator: AllocatorDescription
        var valgrind: CapabilityStatus
        var gitCommit: String?
        var buildConfiguration: String

        enum CodingKeys: String, CodingKey {
            case logicalCores = "logical_cores"
            case pmu
            case perfEventParanoid = "perf_event_paranoid"
            case swiftVersion = "swift_version"
            case allocator, valgrind
            case gitCommit = "git_commit"
            case buildConfiguration = "build_configuration"
        }
    }

    struct V1Engine: Decodable {
        var requested: String
        var used: String
        var reason: String
    }

    struct V1Unavailable: Decodable {
        var name: String
        var reason: String
    }

    struct V1Case: Decodable {
        var id: String
        var items: [Int]
        var params: [String: Int]
        var legacy: V1Implementation
        var fixed: V1Implementation
        var speedup: RatioSummary?
        var floor: CaseFloor
    }

    struct V1Implementation: Decodable {
        var nsPerEvent: V1Distribution?
        var cpuNsPerEvent: Double?
        var allocsPerEvent: Double?
        var bytesPerEvent: Double?
        var instructionsPerEvent: Double?
        var counters: [String: Double]

        enum CodingKeys: String, CodingKey {
            case nsPerEvent = "ns_per_event"
            case cpuNsPerEvent = "cpu_ns_per_event"
            case allocsPerEvent = "allocs_per_event"
            case bytesPerEvent = "bytes_per_event"
            case instructionsPerEvent = "instructions_per_event"
            case counters
        }
    }

    struct V1Distribution: Decodable {
        var median: Double
        var p25: Double
        var p75: Double
        var min: Double
        var max: Double
        var samples: Int
    }
}
