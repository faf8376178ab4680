import PerfBenchKit

/// Hand-built results documents with round numbers, so every gate rule can be driven to each verdict.
enum SyntheticResults {
    static let identity = HostIdentity(
        vendor: "AuthenticAMD", family: 0x1A, model: 0x02, stepping: 1, modelName: "AMD EPYC (synthetic)",
        megahertz: 2600, microcode: nil, kernel: "6.1.0-test", hypervisor: "KVMKVMKVM")

    static let host = HostDescription(
        identity: identity, logicalCores: 2,
        pmu: CapabilityStatus(available: false, reason: "no hardware PMU on this host (ENOENT)"),
        perfEventParanoid: 2, swiftVersion: "swiftc 6.3",
        allocator: AllocatorDescription(name: "jemalloc", version: "5.3.0"),
        valgrind: CapabilityStatus(available: true, detail: "valgrind-3.19.0"), gitCommit: "0123abc",
        buildConfiguration: .release)

    /// `count` per-round values spread evenly over median × (1 ± `spread`).
    static func rounds(_ median: Double, spread: Double = 0.05, count: Int = 30) -> [Double] {
        (0..<count).map { index in
            median * (1 + spread * (2 * Double(index) / Double(max(count - 1, 1)) - 1))
        }
    }

    /// Events every exact figure counted: the pinned workload.
    static let countedEvents = 400

    /// One side: time from `rounds` around `ns`, exact figures over `countedEvents`.
    static func side(
        ns: Double?, allocs: Double?, bytes: Double?, instructions: Double? = nil, spread: Double = 0.05,
        roundCount: Int = 30
    ) -> SideResult {
        var side = SideResult()
        if let ns {
            let perRound = rounds(ns, spread: spread, count: roundCount)
            side.rounds = RoundSamples(
                batchEvents: Array(repeating: 1000, count: roundCount),
                perEvent: [Metric.time.id: perRound, Metric.cpuTime.id: perRound])
            side[.time] = .sampled(perRound, metric: .time)
            side[.cpuTime] = .sampled(perRound, metric: .cpuTime)
        }
        if let allocs { side[.allocations] = .exact(allocs, metric: .allocations, events: countedEvents) }
        if let bytes { side[.bytes] = .exact(bytes, metric: .bytes, events: countedEvents) }
        if let instructions { side[.instructions] = .exact(instructions, metric: .instructions, events: countedEvents) }
        return side
    }

    /// Confidence interval ±`halfWidth` (a fraction) around the median.
    static func speedup(_ median: Double, halfWidth: Double = 0.1) -> RatioSummary {
        RatioSummary(
            median: median, ciLow: median * (1 - halfWidth), ciHigh: median * (1 + halfWidth), confidence: 0.95,
            rounds: 30)
    }

    static func caseResult(
        _ id: String, items: [Int], isolates: [Int]? = nil, params: [String: Int] = [:], legacy: SideResult,
        fixed: SideResult, speedup: RatioSummary?, minSpeedup: Double, maxAllocs: Double = 0
    ) -> CaseResult {
        var result = CaseResult(
            id: id, items: items, isolates: isolates, params: params,
            floor: CaseFloor(minSpeedup: minSpeedup, maxFixedAllocsPerEvent: maxAllocs), legacy: legacy, fixed: fixed)
        result.speedup = speedup
        return result
    }

    /// Five cases: a three-size round-robin sweep (#148), a scheduler case (#151, #152) whose fix
    /// removes an allocation, and a causal-chain case (#160) whose fix changes neither speed nor
    /// allocations nor instructions (floor 1, legacy allocation-free).
    static var cases: [CaseResult] {
        [
            caseResult(
                "lb.select.roundRobin.n10", items: [148], params: ["endpoints": 10],
                legacy: side(ns: 200, allocs: 2, bytes: 96, instructions: 900),
                fixed: side(ns: 20, allocs: 0, bytes: 0, instructions: 80),
                speedup: speedup(10), minSpeedup: 3),
            caseResult(
                "lb.select.roundRobin.n100", items: [148], params: ["endpoints": 100],
                legacy: side(ns: 1500, allocs: 2, bytes: 960, instructions: 7000),
                fixed: side(ns: 21, allocs: 0, bytes: 0, instructions: 82),
                speedup: speedup(70), minSpeedup: 3),
            caseResult(
                "lb.select.roundRobin.n1000", items: [148], params: ["endpoints": 1000],
                legacy: side(ns: 14000, allocs: 2, bytes: 9600, instructions: 68000),
                fixed: side(ns: 22, allocs: 0, bytes: 0, instructions: 84),
                speedup: speedup(600), minSpeedup: 3),
            caseResult(
                "sched.submit.fifo.n100", items: [151, 152], isolates: [151], params: ["queued": 100],
                legacy: side(ns: 300, allocs: 1, bytes: 48, instructions: 1200),
                fixed: side(ns: 100, allocs: 0, bytes: 0, instructions: 400),
                speedup: speedup(3), minSpeedup: 1.5),
            caseResult(
                "chain.append.single.n1", items: [160], params: [:],
                legacy: side(ns: 50, allocs: 0, bytes: 0, instructions: 200),
                fixed: side(ns: 45, allocs: 0, bytes: 0, instructions: 200),
                speedup: speedup(1.1, halfWidth: 0.05), minSpeedup: 1.0),
        ]
    }

    static func document(
        cases: [CaseResult] = SyntheticResults.cases, quick: Bool = false,
        host: HostDescription = SyntheticResults.host, engine: EngineKind = .callgrind
    ) -> ResultsDocument {
        ResultsDocument(
            createdAt: "2026-11-27T12:00:00Z", host: host,
            engine: EngineRecord(requested: .auto, used: engine, reason: "no PMU: callgrind gives exact instructions"),
            quick: quick, method: MethodRecord(plan: quick ? .quick : .full),
            unavailable: [
                UnavailableMetric(metric: Metric.counter("cycles").id, reason: "no hardware PMU on this host (ENOENT)")
            ],
            cases: cases)
    }

    /// `document()` with one case replaced through `change`.
    static func document(changing id: String, _ change: (inout CaseResult) -> Void) -> ResultsDocument {
        var document = document()
        let index = document.cases.firstIndex { $0.id == id }!
        change(&document.cases[index])
        return document
    }
}
