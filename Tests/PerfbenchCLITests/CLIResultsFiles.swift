import Foundation
import PerfBenchKit

/// Results files written to a scratch directory for in-process CLI runs.
struct CLIResultsFiles {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("perfbench-cli-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Writes `document` as `name` and returns its path.
    func write(_ document: ResultsDocument, as name: String) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try ResultsStore.save(document, to: path)
        return path
    }

    /// Writes raw text as `name` and returns its path.
    func write(text: String, as name: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// One case: legacy 10× slower and allocating, fixed allocation-free; floor 3×.
    static func document(
        speedup: Double = 10, fixedAllocs: Double? = 0, buildConfiguration: BuildConfiguration = .release
    ) -> ResultsDocument {
        let host = HostDescription(
            identity: HostIdentity(
                vendor: "AuthenticAMD", family: 0x1A, model: 2, stepping: 1, modelName: "test CPU", megahertz: 2600,
                microcode: nil, kernel: "6.1", hypervisor: "KVMKVMKVM"),
            logicalCores: 2, pmu: CapabilityStatus(available: false, reason: "no hardware PMU on this host (ENOENT)"),
            perfEventParanoid: 2, swiftVersion: "swiftc 6.3", allocator: AllocatorDescription(name: "jemalloc"),
            valgrind: CapabilityStatus(available: false, reason: "not installed"), gitCommit: nil,
            buildConfiguration: buildConfiguration)
        let perRound = (0..<20).map { 18 + Double($0) * 0.2 }
        var legacy = SideResult()
        legacy[.allocations] = .exact(2, metric: .allocations, events: 200)
        legacy[.bytes] = .exact(96, metric: .bytes, events: 200)
        var fixed = SideResult(
            rounds: RoundSamples(
                batchEvents: Array(repeating: 1000, count: 20),
                perEvent: [
                    Metric.time.id: perRound
                ]))
        fixed[.time] = .sampled(perRound, metric: .time)
        fixed[.allocations] = fixedAllocs.map { .exact($0, metric: .allocations, events: 200) }
        fixed[.bytes] = .exact(0, metric: .bytes, events: 200)
        var result = CaseResult(
            id: "lb.select.roundRobin.n100", items: [148], params: ["endpoints": 100],
            floor: CaseFloor(minSpeedup: 3, maxFixedAllocsPerEvent: 0), legacy: legacy, fixed: fixed)
        result.speedup = RatioSummary(
            median: speedup, ciLow: speedup * 0.9, ciHigh: speedup * 1.1, confidence: 0.95, rounds: 20)
        return ResultsDocument(
            createdAt: "2026-11-27T12:00:00Z", host: host,
            engine: EngineRecord(requested: .wall, used: .wall, reason: "requested"), quick: false, cases: [result])
    }
}
