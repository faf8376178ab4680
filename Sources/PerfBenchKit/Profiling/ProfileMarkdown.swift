/// The Markdown a profile writes: the differential table (`diff.md`), the CI job summary
/// (`summary.md`), and the share comparison of `--compare`.
package enum ProfileMarkdown {
    /// Rows `diff.md` lists (the rest are summed in a last line).
    package static let differentialRows = 40

    /// `diff.md`: functions ranked by legacy − fixed self cost per event.
    package static func differential(_ outcome: ProfileOutcome, legacy: SideProfile, fixed: SideProfile) -> String {
        let rows = DifferentialRanking.legacyAgainstFixed(legacy: legacy, fixed: fixed)
        let unit = legacy.weightUnit
        var lines = [
            "### Where the fix saves: `\(outcome.caseID)`",
            "",
            "Functions ranked by legacy − fixed self cost per event (\(unit)/event). Self cost in "
                + "\(legacy.countUnit), with each side's share of its own total. Legacy ran "
                + "\(ProfileFormat.count(UInt64(legacy.events))) events, fixed "
                + "\(ProfileFormat.count(UInt64(fixed.events))).",
            "",
            differentialTable(rows.prefix(differentialRows), legacy: legacy, fixed: fixed),
        ]
        if rows.count > differentialRows {
            let rest = rows.dropFirst(differentialRows)
            let saved = rest.reduce(0) { $0 + $1.savedPerEvent }
            lines.append(
                "\n\(rest.count) more functions, together \(ProfileFormat.perEvent(saved)) \(unit)/event.")
        }
        lines.append(
            "\nTotal per event: legacy \(ProfileFormat.perEvent(legacy.perEvent(legacy.stacks.total))), fixed "
                + "\(ProfileFormat.perEvent(fixed.perEvent(fixed.stacks.total))) \(unit).")
        return lines.joined(separator: "\n") + "\n"
    }

    static func differentialTable(_ rows: ArraySlice<DifferentialRow>, legacy: SideProfile, fixed: SideProfile)
        -> String
    {
        let unit = legacy.weightUnit
        let table = rows.map { row in
            [
                "`\(FrameLabel.short(row.function))`",
                "\(ProfileFormat.count(row.legacySelf)) (\(ProfileFormat.share(row.legacyShare)))",
                "\(ProfileFormat.count(row.fixedSelf)) (\(ProfileFormat.share(row.fixedShare)))",
                ProfileFormat.perEvent(row.legacyPerEvent),
                ProfileFormat.perEvent(row.fixedPerEvent),
                ProfileFormat.perEvent(row.savedPerEvent),
            ]
        }
        return MarkdownTable(
            headers: [
                "Function", "Legacy self (\(legacy.countUnit))", "Fixed self (\(fixed.countUnit))",
                "Legacy \(unit)/event", "Fixed \(unit)/event", "Legacy − fixed",
            ],
            rows: table
        ).render()
    }

    /// `summary.md`: the engine and why, each side's figures and hottest functions, and the top of
    /// the differential table, for a CI job summary.
    package static func summary(_ outcome: ProfileOutcome, files: [String], topFunctions: Int = 8) -> String {
        var lines = [
            "### perfbench profile: `\(outcome.caseID)`",
            "",
            "Engine: **\(outcome.engine.rawValue)** — \(outcome.engineReason).",
        ]
        if !outcome.parameters.isEmpty {
            let parameters = outcome.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            lines.append("Parameters: \(parameters.joined(separator: " ")).")
        }
        if !outcome.notes.isEmpty {
            lines.append("")
            lines += outcome.notes.map { "- **Note:** \($0)" }
        }
        lines += ["", sideTable(outcome.sides)]
        for side in outcome.sides {
            let costs = side.stacks.functionCosts().prefix(topFunctions)
            let rows = costs.map { cost in
                [
                    "`\(FrameLabel.short(cost.name))`",
                    countAndShare(cost.selfCost, side), countAndShare(cost.inclusiveCost, side),
                ]
            }
            lines += [
                "", "#### \(side.implementation.rawValue): hottest functions by self cost", "",
                MarkdownTable(
                    headers: ["Function", "Self (\(side.countUnit))", "Inclusive (\(side.countUnit))"], rows: rows
                ).render(),
            ]
        }
        if let legacy = outcome.side(.legacy), let fixed = outcome.side(.fixed) {
            let rows = DifferentialRanking.legacyAgainstFixed(legacy: legacy, fixed: fixed)
            lines += [
                "", "#### Legacy − fixed, per event (top \(min(topFunctions, rows.count)))", "",
                differentialTable(rows.prefix(topFunctions), legacy: legacy, fixed: fixed),
            ]
        }
        if !files.isEmpty {
            lines += ["", "Files: " + files.map { "`\($0)`" }.joined(separator: ", ")]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func sideTable(_ sides: [SideProfile]) -> String {
        let sampled = sides.contains { $0.sampling != nil }
        let headers =
            sampled
            ? ["Side", "Events", "Samples", "Expected", "Lost", "Throttled", "Truncated", "Sampled time", "Per event"]
            : ["Side", "Events", "Instructions", "Per event"]
        let rows = sides.map { side -> [String] in
            let perEvent = "\(ProfileFormat.perEvent(side.perEvent(side.stacks.total))) \(side.weightUnit)"
            guard let tally = side.sampling else {
                return [
                    side.implementation.rawValue, ProfileFormat.count(UInt64(side.events)),
                    ProfileFormat.count(side.totalInstructions ?? side.stacks.total), perEvent,
                ]
            }
            return [
                side.implementation.rawValue, ProfileFormat.count(UInt64(side.events)),
                ProfileFormat.count(UInt64(tally.samples)), ProfileFormat.count(tally.expectedSamples),
                ProfileFormat.count(tally.lostSamples), "\(tally.throttleRecords)", "\(tally.truncatedRecords)",
                "\(ProfileFormat.perEvent(Double(tally.count.runningNanoseconds) / 1e6)) ms", perEvent,
            ]
        }
        return MarkdownTable(headers: headers, rows: rows).render()
    }

    /// The `--compare` table: functions whose share of the profile changed, largest change first.
    package static func shareChanges(
        _ changes: [ShareChange], beforeName: String, afterName: String, limit: Int = 30
    ) -> String {
        let rows = changes.prefix(limit).map { change in
            [
                "`\(FrameLabel.short(change.function))`",
                "\(ProfileFormat.count(change.beforeSelf)) (\(ProfileFormat.share(change.beforeShare)))",
                "\(ProfileFormat.count(change.afterSelf)) (\(ProfileFormat.share(change.afterShare)))",
                ProfileFormat.points(change.change),
            ]
        }
        var text = MarkdownTable(
            headers: ["Function", "Self in \(beforeName)", "Self in \(afterName)", "Change of share"], rows: rows
        ).render()
        if changes.count > limit { text += "\n\n\(changes.count - limit) more functions changed less." }
        return text + "\n"
    }

    static func countAndShare(_ count: UInt64, _ side: SideProfile) -> String {
        "\(ProfileFormat.count(count)) (\(ProfileFormat.share(share(count, side))))"
    }

    static func share(_ count: UInt64, _ side: SideProfile) -> Double {
        side.stacks.total > 0 ? Double(count) / Double(side.stacks.total) : 0
    }
}
