import Foundation

/// What a report says, independent of its format: run facts, cases grouped by audit item, sweeps
/// and charts.
struct ReportModel {
    struct ItemGroup {
        var item: Int
        var cases: [CaseResult]
    }

    let document: ResultsDocument
    let itemGroups: [ItemGroup]
    let sweeps: [Sweep]

    init(_ document: ResultsDocument) {
        self.document = document
        let items = Set(document.cases.flatMap(\.items)).sorted()
        itemGroups = items.map { item in ItemGroup(item: item, cases: document.cases.filter { $0.items.contains(item) })
        }
        sweeps = Sweep.find(in: document.cases)
    }

    static let speedupExplanation =
        "Speedup is legacy time over fixed time per event, paired per round (above 1: the fix is faster). "
        + "An item's bar is the geometric mean of its cases' medians; each case's interval is in the tables below."

    static let caseHeaders = [
        "Case", "Legacy ns/event", "Fixed ns/event", "Speedup [CI]", "Floor", "Legacy allocs/event",
        "Fixed allocs/event", "Fix holds",
    ]

    var runFacts: [(label: String, value: String)] {
        let host = document.host
        var facts: [(String, String)] = [
            ("Run", "\(document.createdAt)\(document.quick ? " (quick)" : "")"),
            ("Engine", "\(document.engine.used) (requested \(document.engine.requested): \(document.engine.reason))"),
            (
                "Host",
                "\(host.cpuModel), \(host.logicalCores) cores\(host.hypervisor ? ", virtualized" : ""), "
                    + "kernel \(host.kernel)"
            ),
            (
                "PMU",
                host.pmu.available ? (host.pmu.detail ?? "available") : "unavailable: \(host.pmu.reason ?? "no reason")"
            ),
            (
                "Build",
                "Swift \(host.swiftVersion), \(host.buildConfiguration), allocator \(host.allocator.name)"
                    + (host.allocator.version.map { " \($0)" } ?? "") + (host.gitCommit.map { ", commit \($0)" } ?? "")
            ),
        ]
        for counter in document.unavailableCounters {
            facts.append(("Unavailable counter", "\(counter.name): \(counter.reason)"))
        }
        return facts
    }

    /// Geometric mean of the item's case speedup medians; nil when none was measured.
    func itemSpeedup(_ group: ItemGroup) -> Double? {
        let medians = group.cases.compactMap { $0.speedup?.median }.filter { $0 > 0 }
        guard !medians.isEmpty else { return nil }
        return exp(medians.map(log).reduce(0, +) / Double(medians.count))
    }

    var itemSummaryRows: [[String]] {
        itemGroups.map { group in
            let holds = group.cases.map(Self.fixHolds)
            let summary: String
            if holds.contains("no") {
                summary = "no"
            } else if holds.contains("—") {
                summary = "not measured"
            } else {
                summary = "yes"
            }
            return [
                "#\(group.item)", "\(group.cases.count)", itemSpeedup(group).map(NumberFormat.ratio) ?? "—", summary,
            ]
        }
    }

    /// `yes` when the speedup interval clears the floor and fixed allocations are within the ceiling,
    /// `no` when either fails, `—` when either was not measured.
    static func fixHolds(_ result: CaseResult) -> String {
        guard let speedup = result.speedup, let allocs = result.fixed.allocsPerEvent else { return "—" }
        return speedup.ciLow >= result.floor.minSpeedup && allocs <= result.floor.maxFixedAllocsPerEvent ? "yes" : "no"
    }

    func caseRow(_ result: CaseResult, code: Bool) -> [String] {
        let speedup = result.speedup.map {
            "\(NumberFormat.ratio($0.median)) [\(NumberFormat.value($0.ciLow)), \(NumberFormat.value($0.ciHigh))]"
        }
        return [
            code ? "`\(result.id)`" : result.id,
            NumberFormat.optional(result.legacy.nsPerEvent?.median),
            NumberFormat.optional(result.fixed.nsPerEvent?.median),
            speedup ?? "—",
            "≥ \(NumberFormat.value(result.floor.minSpeedup)), "
                + "≤ \(NumberFormat.value(result.floor.maxFixedAllocsPerEvent)) allocs",
            NumberFormat.optional(result.legacy.allocsPerEvent),
            NumberFormat.optional(result.fixed.allocsPerEvent),
            Self.fixHolds(result),
        ]
    }

    /// What a sweep plots: ns/event, or callgrind instructions/event when no time was measured
    /// (a callgrind run), so a sweep chart is never empty while the run has a per-event figure.
    struct SweepMetric {
        var label: String
        var value: (ImplementationResult) -> Double?
    }

    func sweepMetric(_ sweep: Sweep) -> SweepMetric {
        let hasTime = sweep.points.contains { $0.result.legacy.nsPerEvent != nil || $0.result.fixed.nsPerEvent != nil }
        let hasInstructions = sweep.points.contains {
            $0.result.legacy.instructionsPerEvent != nil || $0.result.fixed.instructionsPerEvent != nil
        }
        if !hasTime && hasInstructions {
            return SweepMetric(label: "instructions/event", value: \.instructionsPerEvent)
        }
        return SweepMetric(label: "ns/event", value: { $0.nsPerEvent?.median })
    }

    func sweepHeaders(_ sweep: Sweep) -> [String] {
        let label = sweepMetric(sweep).label
        return [sweep.parameter, "Legacy \(label)", "Fixed \(label)", "Speedup"]
    }

    func sweepRows(_ sweep: Sweep) -> [[String]] {
        let metric = sweepMetric(sweep)
        return sweep.points.map { point in
            [
                NumberFormat.size(point.size),
                NumberFormat.optional(metric.value(point.result.legacy)),
                NumberFormat.optional(metric.value(point.result.fixed)),
                point.result.speedup.map { NumberFormat.ratio($0.median) } ?? "—",
            ]
        }
    }

    func chartName(_ sweep: Sweep) -> String { "sweep-\(sweep.name).svg" }

    var speedupChart: String {
        let bars = itemGroups.compactMap { group in
            itemSpeedup(group).map { SVGChart.Bar(label: "#\(group.item)", value: $0) }
        }
        return SVGChart.horizontalBars(
            title: "Speedup per audit item (legacy / fixed)", axisLabel: "speedup, log scale (1 = no change)",
            bars: bars)
    }

    func sweepChart(_ sweep: Sweep) -> String {
        let metric = sweepMetric(sweep)
        func series(_ name: String, _ color: String, _ pick: (CaseResult) -> ImplementationResult) -> SVGChart.Series {
            SVGChart.Series(
                name: name, color: color,
                points: sweep.points.compactMap { point in
                    metric.value(pick(point.result)).map { (x: point.size, y: $0) }
                })
        }
        return SVGChart.logLogLines(
            title: "\(sweep.name): \(metric.label) by \(sweep.parameter)", xLabel: "\(sweep.parameter) (log)",
            yLabel: "\(metric.label) (log)",
            series: [series("legacy", SVGChart.legacyColor, \.legacy), series("fixed", SVGChart.fixedColor, \.fixed)])
    }

    /// Every chart file a Markdown report references.
    var charts: [(name: String, svg: String)] {
        [(ResultsReport.speedupChartName, speedupChart)] + sweeps.map { (chartName($0), sweepChart($0)) }
    }
}
