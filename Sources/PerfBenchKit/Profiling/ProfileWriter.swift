import Foundation

/// Writes a profile's files into one directory: `<side>.folded` and `<side>.svg` per side, and with
/// both sides `diff.md` and `diff.svg`; then `summary.md`.
package enum ProfileWriter {
    /// Writes every file and returns their paths, in the order written.
    ///
    /// - Throws: `ProfileError.unwritable` naming the path that failed.
    @discardableResult
    package static func write(_ outcome: ProfileOutcome, to directory: String) throws(ProfileError) -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .unwritable(path: directory, reason: error.localizedDescription)
        }
        var written: [String] = []
        for side in outcome.sides {
            let name = side.implementation.rawValue
            try save(FoldedFormat.render(side.stacks), "\(name).folded", in: directory, into: &written)
            let svg = FlameGraphSVG.render(
                side.stacks, title: "\(name) · \(outcome.caseID)", subtitle: subtitle(outcome, side),
                unit: side.countUnit)
            try save(svg, "\(name).svg", in: directory, into: &written)
        }
        if let legacy = outcome.side(.legacy), let fixed = outcome.side(.fixed) {
            try save(
                ProfileMarkdown.differential(outcome, legacy: legacy, fixed: fixed), "diff.md", in: directory,
                into: &written)
            let svg = FlameGraphSVG.renderDifferential(
                first: (legacy.stacks, perEventScale(legacy)), second: (fixed.stacks, perEventScale(fixed)),
                names: ("legacy", "fixed"), title: "legacy vs fixed · \(outcome.caseID)",
                subtitle: "\(outcome.engine.rawValue): cost per event in \(legacy.weightUnit)",
                unit: "\(legacy.weightUnit)/event")
            try save(svg, "diff.svg", in: directory, into: &written)
        }
        let summaryPath = (directory as NSString).appendingPathComponent("summary.md")
        try save(
            ProfileMarkdown.summary(outcome, files: written + [summaryPath]), "summary.md", in: directory,
            into: &written)
        return written
    }

    /// Writes the `--compare` table and differential flame graph (shares of each total) into `directory`.
    ///
    /// - Throws: `ProfileError.unwritable`.
    @discardableResult
    package static func writeComparison(
        before: (name: String, profile: StackProfile), after: (name: String, profile: StackProfile),
        to directory: String
    ) throws(ProfileError) -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .unwritable(path: directory, reason: error.localizedDescription)
        }
        var written: [String] = []
        let changes = DifferentialRanking.shareChanges(before: before.profile, after: after.profile)
        let table = ProfileMarkdown.shareChanges(changes, beforeName: before.name, afterName: after.name)
        try save(
            "### Share of self cost: `\(before.name)` → `\(after.name)`\n\n" + table, "compare.md", in: directory,
            into: &written)
        let svg = FlameGraphSVG.renderDifferential(
            first: (before.profile, 1 / Double(max(before.profile.total, 1))),
            second: (after.profile, 1 / Double(max(after.profile.total, 1))),
            names: (before.name, after.name), title: "\(before.name) → \(after.name)",
            subtitle: "each profile as shares of its own total", unit: "share")
        try save(svg, "compare.svg", in: directory, into: &written)
        return written
    }

    /// Counts → cost per event, so two sides that ran different event counts compare.
    package static func perEventScale(_ side: SideProfile) -> Double {
        side.events > 0 ? side.weightPerCount / Double(side.events) : 0
    }

    static func subtitle(_ outcome: ProfileOutcome, _ side: SideProfile) -> String {
        let events = ProfileFormat.count(UInt64(side.events))
        if let tally = side.sampling {
            return "\(outcome.engine.rawValue): \(ProfileFormat.count(UInt64(tally.samples))) samples over \(events) "
                + "events, \(ProfileFormat.count(tally.lostSamples)) lost"
        }
        return
            "\(outcome.engine.rawValue): \(ProfileFormat.count(side.stacks.total)) instructions over \(events) events"
    }

    static func save(_ text: String, _ name: String, in directory: String, into written: inout [String])
        throws(ProfileError)
    {
        let path = (directory as NSString).appendingPathComponent(name)
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw .unwritable(path: path, reason: error.localizedDescription)
        }
        written.append(path)
    }
}
