/// A history read as trends: per case, a series per figure across the runs, the steps E-divisive
/// finds in each, and the judgement of each series' newest step (see `History.md`).
package struct HistoryAnalysis: Sendable {
    /// One figure of one case across the runs that measured it.
    package struct Series: Sendable {
        package var figure: HistoryFigure
        /// Index in ``HistoryAnalysis/entries`` of each point.
        package var entryIndices: [Int]
        /// The points, oldest first, labelled by commit.
        package var points: [HistoryPoint]
        /// The steps found, oldest first.
        package var changePoints: [ChangePoint]
        /// The judgement of the newest step; nil without a step.
        package var judgement: StepJudgement?
        /// Why points were left out (an exact figure over a different workload).
        package var notes: [String]

        /// The point of entry `index`, nil when this series has none there.
        package func point(atEntry index: Int) -> HistoryPoint? {
            entryIndices.firstIndex(of: index).map { points[$0] }
        }

        /// Whether the newest step fails the history check.
        package var isRegression: Bool { judgement?.status == .regression }
    }

    /// One case's series.
    package struct CaseHistory: Sendable {
        package var id: String
        package var items: [Int]
        /// Indices in ``HistoryAnalysis/entries`` of the runs that measured the case.
        package var entryIndices: [Int]
        package var series: [Series]

        /// The series whose newest step is a regression beyond tolerance.
        package var regressions: [Series] { series.filter(\.isRegression) }
    }

    /// The runs read, oldest first (only those of the newest run's plan, see ``notes``).
    package var entries: [HistoryEntry]
    package var cases: [CaseHistory]
    /// What the reader should know about the history as a whole (files left out, mixed hosts).
    package var notes: [String]

    /// Whether any series' newest step is a regression beyond its tolerance: exit 1.
    package var hasRegression: Bool { cases.contains { !$0.regressions.isEmpty } }

    /// Reads `entries` (oldest first) as trends.
    ///
    /// Only runs of the newest run's plan are kept: a quick run times fewer rounds of shorter batches
    /// than a full run, so the two do not form one series.
    /// Within a series of an exact metric, a point counted over other events than the newest point
    /// is left out with a note; points without a recorded count (migrated `/1` files) stay.
    ///
    /// - Parameters:
    ///   - patterns: only cases matching one of these (`CaseID.matches`); nil for all.
    ///   - detector: the change-point method and its parameters.
    ///   - thresholds: the history check's limits for sampled figures.
    /// - Throws: `ChangePointError` when a figure is not a finite number.
    package init(
        entries allEntries: [HistoryEntry], patterns: [String]? = nil, detector: EDivisive = .standard,
        thresholds: HistoryThresholds = .standard
    ) throws(ChangePointError) {
        var notes: [String] = []
        var entries = allEntries
        if let newest = allEntries.last {
            entries = allEntries.filter { $0.document.quick == newest.document.quick }
            let left = allEntries.count - entries.count
            if left > 0 {
                let plan = newest.document.quick ? "quick" : "full"
                notes.append(
                    "\(left) run(s) of the other plan left out: the newest run is \(plan), and quick and full runs "
                        + "time different rounds and batches")
            }
        }
        let identities = Set(entries.compactMap(\.document.host.identity))
        if identities.count > 1 || (identities.count == 1 && entries.contains { $0.document.host.identity == nil }) {
            notes.append(
                "runs from more than one host identity (or without one): a step in time or ratios may come from "
                    + "the host, not the code; exact counts are unaffected")
        }
        self.entries = entries
        self.notes = notes
        cases = try Self.caseIDs(in: entries, patterns: patterns).map { id throws(ChangePointError) in
            try Self.caseHistory(id, entries: entries, detector: detector, thresholds: thresholds)
        }
    }

    /// Case ids in the newest run's order, then those only older runs measured, newest first.
    private static func caseIDs(in entries: [HistoryEntry], patterns: [String]?) -> [String] {
        var seen = Set<String>()
        var ids: [String] = []
        for entry in entries.reversed() {
            for result in entry.document.cases where seen.insert(result.id).inserted {
                ids.append(result.id)
            }
        }
        guard let patterns else { return ids }
        return ids.filter { id in patterns.contains { CaseID(id)?.matches($0) ?? id.contains($0) } }
    }

    private static func caseHistory(
        _ id: String, entries: [HistoryEntry], detector: EDivisive, thresholds: HistoryThresholds
    ) throws(ChangePointError) -> CaseHistory {
        let measured = entries.indices.compactMap { index in
            entries[index].document.result(for: id).map { (index, $0) }
        }
        // `id` came from one of `entries`, so at least one run measured it.
        guard let newest = measured.last?.1 else { preconditionFailure("case \(id) is in no run") }
        let tolerance = ToleranceSet().tolerance(for: newest)
        var series: [Series] = []
        for figure in HistoryFigure.figures(in: measured.map(\.1)) {
            var found = Series(
                figure: figure, entryIndices: [], points: [], changePoints: [], judgement: nil, notes: [])
            let reference = measured.reversed().lazy.compactMap { figure.events(in: $0.1) }.first
            var leftOut = 0
            for (index, result) in measured {
                guard let point = figure.point(in: result, label: entries[index].label) else { continue }
                if let reference, let events = figure.events(in: result), events != reference {
                    leftOut += 1
                    continue
                }
                found.entryIndices.append(index)
                found.points.append(point)
            }
            if leftOut > 0, let reference {
                found.notes.append(
                    "\(leftOut) point(s) left out: counted over other events than the newest run's \(reference)")
            }
            guard !found.points.isEmpty else { continue }
            found.changePoints = try detector.changePoints(in: found.points)
            found.judgement = found.changePoints.last.map { step in
                StepJudgement.judge(step, figure: figure, tolerance: tolerance, thresholds: thresholds)
            }
            series.append(found)
        }
        return CaseHistory(id: id, items: newest.items, entryIndices: measured.map(\.0), series: series)
    }
}
