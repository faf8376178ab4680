import PerfBenchKit

/// Hand-built results documents with round numbers, so every gate rule can be driven to each verdict.
enum SyntheticResults {
    static let host = HostDescription(
        cpuModel: "AMD EPYC 9R14 (synthetic)", logicalCores: 2, kernel: "6.1.0-test", hypervisor: true,
        pmu: CapabilityStatus(available: false, reason: "no hardware PMU on this host (ENOENT)"),
        perfEventParanoid: 2, swiftVersion: "6.3.1",
        allocator: AllocatorDescription(name: "jemalloc", version: "5.3.0"),
        valgrind: CapabilityStatus(available: true, detail: "valgrind-3.19.0"), gitCommit: "0123abc",
        buildConfiguration: "release")

    /// Interquartile range ±`spread` around the median.
    static func distribution(_ median: Double, spread: Double = 0.05, samples: Int = 30) -> Distribution {
        Distribution(
            median: median, p25: median * (1 - spread), p75: median * (1 + spread), min: median * (1 - 2 * spread),
            max: median * (1 + 2 * spread), samples: samples)
    }

    /// Confidence interval ±`halfWidth` (a fraction) around the median.
    static func speedup(_ median: Double, halfWidth: Double = 0.1) -> SpeedupSummary {
        SpeedupSummary(
            median: median, ciLow: median * (1 - halfWidth), ciHigh: median * (1 + halfWidth), confidence: 0.95,
            rounds: 30)
    }

    static func implementation(
        ns: Double?, allocs: Double?, bytes: Double?, instructions: Double? = nil
    ) -> ImplementationResult {
        ImplementationResult(
            nsPerEvent: ns.map { distribution($0) }, cpuNsPerEvent: ns, allocsPerEvent: allocs, bytesPerEvent: bytes,
            instructionsPerEvent: instructions)
    }

    static func caseResult(
        _ id: String, items: [Int], params: [String: Int] = [:], legacy: ImplementationResult,
        fixed: ImplementationResult, speedup: SpeedupSummary?, minSpeedup: Double, maxAllocs: Double = 0
    ) -> CaseResult {
        CaseResult(
            id: id, items: items, params: params, legacy: legacy, fixed: fixed, speedup: speedup,
            floor: CaseFloor(minSpeedup: minSpeedup, maxFixedAllocsPerEvent: maxAllocs))
    }

    /// Five cases: a three-size round-robin sweep (#148), a scheduler case (#151, #152) whose fix
    /// removes an allocation, and a causal-chain case (#160) whose fix changes neither speed nor
    /// allocations (floor 1, legacy allocation-free).
    static var cases: [CaseResult] {
        [
            caseResult(
                "lb.select.roundRobin.n10", items: [148], params: ["endpoints": 10],
                legacy: implementation(ns: 200, allocs: 2, bytes: 96, instructions: 900),
                fixed: implementation(ns: 20, allocs: 0, bytes: 0, instructions: 80),
                speedup: speedup(10), minSpeedup: 3),
            caseResult(
                "lb.select.roundRobin.n100", items: [148], params: ["endpoints": 100],
                legacy: implementation(ns: 1500, allocs: 2, bytes: 960, instructions: 7000),
                fixed: implementation(ns: 21, allocs: 0, bytes: 0, instructions: 82),
                speedup: speedup(70), minSpeedup: 3),
            caseResult(
                "lb.select.roundRobin.n1000", items: [148], params: ["endpoints": 1000],
                legacy: implementation(ns: 14000, allocs: 2, bytes: 9600, instructions: 68000),
                fixed: implementation(ns: 22, allocs: 0, bytes: 0, instructions: 84),
                speedup: speedup(600), minSpeedup: 3),
            caseResult(
                "sched.submit.fifo.n100", items: [151, 152], params: ["queued": 100],
                legacy: implementation(ns: 300, allocs: 1, bytes: 48, instructions: 1200),
                fixed: implementation(ns: 100, allocs: 0, bytes: 0, instructions: 400),
                speedup: speedup(3), minSpeedup: 1.5),
            caseResult(
                "chain.append.single.n1", items: [160], params: [:],
                legacy: implementation(ns: 50, allocs: 0, bytes: 0, instructions: 210),
                fixed: implementation(ns: 45, allocs: 0, bytes: 0, instructions: 200),
                speedup: speedup(1.1, halfWidth: 0.05), minSpeedup: 1.0),
        ]
    }

    static func document(
        cases: [CaseResult] = SyntheticResults.cases, quick: Bool = false,
        host: HostDescription = SyntheticResults.host,
        engine: String = "callgrind"
    ) -> ResultsDocument {
        ResultsDocument(
            createdAt: "2026-11-27T12:00:00Z", host: host,
            engine: EngineRecord(requested: "auto", used: engine, reason: "no PMU: callgrind gives exact instructions"),
            quick: quick,
            unavailableCounters: [UnavailableCounter(name: "cycles", reason: "no hardware PMU on this host (ENOENT)")],
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
