import Foundation

/// What a report says, independent of its format: run facts, cases grouped by audit item, sweeps
/// and charts.
struct ReportModel {
    struct ItemGroup {
        var item: Int
        /// Cases that isolate the item: its speedup is credited from these only.
        var isolating: [CaseResult]
        /// Cases whose path includes the item without isolating it.
        var touching: [CaseResult]

        var cases: [CaseResult] { isolating + touching }
    }

    let document: ResultsDocument
    let itemGroups: [ItemGroup]
    let sweeps: [Sweep]

    init(_ document: ResultsDocument) {
        self.document = document
        let items = Set(document.cases.flatMap(\.items)).sorted()
        itemGroups = items.map { item in
            ItemGroup(
                item: item, isolating: document.cases.filter { $0.isolates.contains(item) },
                touching: document.cases.filter { $0.items.contains(item) && !$0.isolates.contains(item) })
        }
        sweeps = Sweep.find(in: document.cases)
    }

    static let speedupExplanation =
        "Speedup is legacy time over fixed time per event, paired per block of rounds that ran each side first "
        + "once (above 1: the fix is faster). "
        + "An item is credited only through the cases that isolate it: its bar is the geometric mean of their "
        + "medians. A case that merely touches an item (the item's cost is on its path among others) is listed "
        + "under the item but not credited; an item no case isolates says so."

    static let limitExplanation =
        "Fixed/limit is fixed time over the limit kernel's time per event, paired the same way: the kernel does the "
        + "least work the operation must do on the case's data (it lives with the cases, outside both runtimes, "
        + "and must compute the fixed side's answers). 1 means the fix sits on the floor; what the fixed side "
        + "does beyond it is listed in the runtime's AuditItems.md."

    static let itemSummaryHeaders = [
        "Item", "Isolating cases", "Touching cases", "Speedup (geometric mean of isolating cases)", "Fix holds",
        "Isolated by",
    ]

    /// Sides any case measured, in `Side` order.
    var sides: [Side] {
        Side.allCases.filter { side in document.cases.contains { $0[side] != nil } }
    }

    /// Whether any case has a limit kernel (adds the fixed/limit column).
    var hasLimit: Bool { document.cases.contains { $0.ratio(.limitRatio) != nil } }

    var caseHeaders: [String] {
        ["Case", "Role"] + sides.map { "\($0.rawValue.capitalized) \(Metric.time.unit)" } + ["Speedup [CI]"]
            + (hasLimit ? ["Fixed/limit [CI]"] : []) + ["Floor"]
            + sides.map { "\($0.rawValue.capitalized) \(Metric.allocations.unit)" } + ["Fix holds"]
    }

    var runFacts: [(label: String, value: String)] {
        let host = document.host
        var facts: [(String, String)] = [
            ("Run", "\(document.createdAt)\(document.quick ? " (quick)" : "")"),
            ("Engine", "\(document.engine.used) (requested \(document.engine.requested): \(document.engine.reason))"),
            (
                "Host",
                (host.identity.map { "\($0.modelName) (\($0))" } ?? "identity not recorded")
                    + ", \(host.logicalCores) cores"
            ),
            (
                "PMU",
                host.pmu.available ? (host.pmu.detail ?? "available") : "unavailable: \(host.pmu.reason ?? "no reason")"
            ),
            (
                "Build",
                "\(host.swiftVersion), \(host.buildConfiguration.rawValue), allocator \(host.allocator.name)"
                    + (host.allocator.version.map { " \($0)" } ?? "") + (host.gitCommit.map { ", commit \($0)" } ?? "")
            ),
        ]
        for missing in document.unavailable {
            facts.append(("Unavailable", "\(missing.metric): \(missing.reason)"))
        }
        return facts
    }

    /// Geometric mean of the speedup medians of the cases that isolate the item; nil when none does.
    func itemSpeedup(_ group: ItemGroup) -> Double? {
        let medians = group.isolating.compactMap { $0.speedup?.median }.filter { $0 > 0 }
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
            let credited =
                group.isolating.isEmpty
                ? "not isolated" : (itemSpeedup(group).map(NumberFormat.ratio) ?? "—")
            return [
                "#\(group.item)", "\(group.isolating.count)", "\(group.touching.count)", credited, summary,
                group.isolating.map(\.id).prefix(3).joined(separator: ", ")
                    + (group.isolating.count > 3 ? ", …" : ""),
            ]
        }
    }

    /// `yes` when the speedup interval clears the floor and fixed allocations are within the ceiling,
    /// `no` when either fails, `—` when either was not measured.
    static func fixHolds(_ result: CaseResult) -> String {
        guard let speedup = result.speedup, let allocs = result.fixed.value(.allocations) else { return "—" }
        return speedup.ciLow >= result.floor.minSpeedup && allocs <= result.floor.maxFixedAllocsPerEvent ? "yes" : "no"
    }

    func caseRow(_ result: CaseResult, item: Int, code: Bool) -> [String] {
        func interval(_ ratio: RatioSummary?) -> String {
            ratio.map {
                "\(NumberFormat.ratio($0.median)) [\(NumberFormat.value($0.ciLow)), \(NumberFormat.value($0.ciHigh))]"
            } ?? "—"
        }
        return [code ? "`\(result.id)`" : result.id, result.isolates.contains(item) ? "isolates" : "touches"]
            + sides.map { NumberFormat.optional(result[$0]?.value(.time)) } + [interval(result.speedup)]
            + (hasLimit ? [interval(result.ratio(.limitRatio))] : [])
            + [
                "≥ \(NumberFormat.value(result.floor.minSpeedup)), "
                    + "≤ \(NumberFormat.value(result.floor.maxFixedAllocsPerEvent)) allocs"
            ]
            + sides.map { NumberFormat.optional(result[$0]?.value(.allocations)) }
            + [Self.fixHolds(result)]
    }

    /// What a sweep plots: ns/event, or callgrind instructions/event when no time was measured
    /// (a callgrind run), so a sweep chart is never empty while the run has a per-event figure.
    func sweepMetric(_ sweep: Sweep) -> Metric {
        let hasTime = sweep.points.contains { point in point.result.sides.contains { point.result[$0]?[.time] != nil } }
        let hasInstructions = sweep.points.contains { point in
            point.result.sides.contains { point.result[$0]?[.instructions] != nil }
        }
        return !hasTime && hasInstructions ? .instructions : .time
    }

    /// The sides a sweep's cases measured.
    func sweepSides(_ sweep: Sweep) -> [Side] {
        Side.allCases.filter { side in sweep.points.contains { $0.result[side] != nil } }
    }

    /// Whether a sweep's cases timed a limit kernel (adds the fixed/limit column).
    func sweepHasLimit(_ sweep: Sweep) -> Bool {
        sweep.points.contains { $0.result.ratio(.limitRatio) != nil }
    }

    func sweepHeaders(_ sweep: Sweep) -> [String] {
        let unit = sweepMetric(sweep).unit
        return [sweep.parameter] + sweepSides(sweep).map { "\($0.rawValue.capitalized) \(unit)" } + ["Speedup"]
            + (sweepHasLimit(sweep) ? ["Fixed/limit"] : [])
    }

    func sweepRows(_ sweep: Sweep) -> [[String]] {
        let metric = sweepMetric(sweep)
        return sweep.points.map { point in
            [NumberFormat.size(point.size)]
                + sweepSides(sweep).map { NumberFormat.optional(point.result[$0]?.value(metric)) }
                + [point.result.speedup.map { NumberFormat.ratio($0.median) } ?? "—"]
                + (sweepHasLimit(sweep)
                    ? [point.result.ratio(.limitRatio).map { NumberFormat.ratio($0.median) } ?? "—"] : [])
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
        let series = sweepSides(sweep).map { side in
            SVGChart.Series(
                name: side.rawValue, color: SVGChart.color(of: side),
                points: sweep.points.compactMap { point in
                    point.result[side]?.value(metric).map { (x: point.size, y: $0) }
                })
        }
        return SVGChart.logLogLines(
            title: "\(sweep.name): \(metric.unit) by \(sweep.parameter)", xLabel: "\(sweep.parameter) (log)",
            yLabel: "\(metric.unit) (log)", series: series)
    }

    /// Every chart file a Markdown report references.
    var charts: [(name: String, svg: String)] {
        [(ResultsReport.speedupChartName, speedupChart)] + sweeps.map { (chartName($0), sweepChart($0)) }
    }
}
