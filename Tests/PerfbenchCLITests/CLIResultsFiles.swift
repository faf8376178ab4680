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
    static func document(speedup: Double = 10, fixedAllocs: Double? = 0, buildConfiguration: String = "release")
        -> ResultsDocument
    {
        let host = HostDescription(
            cpuModel: "test CPU", logicalCores: 2, kernel: "6.1", hypervisor: true,
            pmu: CapabilityStatus(available: false, reason: "no hardware PMU on this host (ENOENT)"),
            perfEventParanoid: 2, swiftVersion: "6.3.1", allocator: AllocatorDescription(name: "jemalloc"),
            valgrind: CapabilityStatus(available: false, reason: "not installed"), gitCommit: nil,
            buildConfiguration: buildConfiguration)
        let spread = Distribution(median: 20, p25: 19, p75: 21, min: 18, max: 22, samples: 20)
        let result = CaseResult(
            id: "lb.select.roundRobin.n100", items: [148], params: ["endpoints": 100],
            legacy: ImplementationResult(
                nsPerEvent: nil, allocsPerEvent: 2, bytesPerEvent: 96, instructionsPerEvent: nil),
            fixed: ImplementationResult(
                nsPerEvent: spread, allocsPerEvent: fixedAllocs, bytesPerEvent: 0, instructionsPerEvent: nil),
            speedup: SpeedupSummary(
                median: speedup, ciLow: speedup * 0.9, ciHigh: speedup * 1.1, confidence: 0.95, rounds: 20),
            floor: CaseFloor(minSpeedup: 3, maxFixedAllocsPerEvent: 0))
        return ResultsDocument(
            createdAt: "2026-11-27T12:00:00Z", host: host,
            engine: EngineRecord(requested: "wall", used: "wall", reason: "requested"), quick: false, cases: [result])
    }
}
