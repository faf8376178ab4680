import PerfBenchKit

/// A small export document covering every side, unit and optional field, with the characters each
/// format must escape (a comma and quotes in the host label, a backslash in an engine note).
enum SampleExport {
    static let host = #"AMD EPYC 0x1A, 2 cores "KVM\guest""#

    static func row(
        _ caseID: String, _ side: ExportRow.Side, _ metric: String, _ unit: ExportUnit, _ value: Double,
        lower: Double? = nil, upper: Double? = nil, polarity: ExportRow.Polarity = .lowerIsBetter,
        engine: String = "wall"
    ) -> ExportRow {
        ExportRow(
            caseID: caseID, side: side, metric: metric, unit: unit, value: value, lower: lower, upper: upper,
            polarity: polarity, engine: engine, host: host)
    }

    private static let id = "lb.select.roundRobin.n100"

    static let document = ExportDocument(
        rows: [
            row(id, .legacy, "time", .nanosecondsPerEvent, 412.5, lower: 401.25, upper: 430),
            row(id, .fixed, "time", .nanosecondsPerEvent, 12.75, lower: 12.5, upper: 13.125),
            row(id, .legacy, "allocations", .allocationsPerEvent, 2),
            row(id, .fixed, "allocations", .allocationsPerEvent, 0),
            row(id, .legacy, "bytes", .bytesPerEvent, 96),
            row(id, .fixed, "bytes", .bytesPerEvent, 0),
            row(id, .fixed, "instructions", .instructionsPerEvent, 1523, engine: "callgrind"),
            row(
                id, .pair, "speedup", .ratio, 32.25, lower: 30.5, upper: 33.75,
                polarity: .higherIsBetter),
            row(id, .limit, "time", .nanosecondsPerEvent, 6.5, lower: 6.25, upper: 7),
            row(id, .pair, "fixed_over_limit", .ratio, 1.96875, lower: 1.875, upper: 2.0625),
            row(
                "sched.submit.fifo.n1000", .fixed, "counter:branch-misses", .countPerEvent, 0.0625,
                engine: "perf"),
        ],
        commit: "0123abc", createdAt: "2026-12-01T12:00:00Z")
}
