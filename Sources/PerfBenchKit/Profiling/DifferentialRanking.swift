/// One function in the legacy-against-fixed table.
package struct DifferentialRow: Sendable, Equatable {
    /// The function.
    package var function: String
    /// Legacy self cost (samples or instructions).
    package var legacySelf: UInt64
    /// Fixed self cost.
    package var fixedSelf: UInt64
    /// Legacy self cost as a share of the legacy total (0...1).
    package var legacyShare: Double
    /// Fixed self cost as a share of the fixed total.
    package var fixedShare: Double
    /// Legacy self cost per event, in the sides' weight unit (ns, instructions, ...).
    package var legacyPerEvent: Double
    /// Fixed self cost per event.
    package var fixedPerEvent: Double

    /// Legacy − fixed per event: what the fix removed from this function (negative: added).
    package var savedPerEvent: Double { legacyPerEvent - fixedPerEvent }
}

/// One function whose share of a profile changed between two profiles of the same side.
package struct ShareChange: Sendable, Equatable {
    /// The function.
    package var function: String
    /// Self cost in the first profile.
    package var beforeSelf: UInt64
    /// Self cost in the second.
    package var afterSelf: UInt64
    /// Share of the first profile's total (0...1).
    package var beforeShare: Double
    /// Share of the second's.
    package var afterShare: Double

    /// after − before, in shares (0.05 is five percentage points).
    package var change: Double { afterShare - beforeShare }
}

/// Ranks functions between two profiles.
package enum DifferentialRanking {
    /// Functions with self cost on either side, ranked by legacy − fixed self cost per event, largest
    /// saving first.
    ///
    /// Per event, because the sides run different event counts (a slow legacy side runs fewer):
    /// a count becomes a cost through the side's weight (ns per sample, 1 per instruction) and its
    /// event count.
    package static func legacyAgainstFixed(legacy: SideProfile, fixed: SideProfile) -> [DifferentialRow] {
        let legacyCosts = Dictionary(uniqueKeysWithValues: legacy.stacks.functionCosts().map { ($0.name, $0.selfCost) })
        let fixedCosts = Dictionary(uniqueKeysWithValues: fixed.stacks.functionCosts().map { ($0.name, $0.selfCost) })
        let names = Set(legacyCosts.keys).union(fixedCosts.keys)
        let rows = names.map { name -> DifferentialRow in
            let legacySelf = legacyCosts[name] ?? 0
            let fixedSelf = fixedCosts[name] ?? 0
            return DifferentialRow(
                function: name, legacySelf: legacySelf, fixedSelf: fixedSelf,
                legacyShare: share(legacySelf, of: legacy.stacks.total),
                fixedShare: share(fixedSelf, of: fixed.stacks.total),
                legacyPerEvent: legacy.perEvent(legacySelf), fixedPerEvent: fixed.perEvent(fixedSelf))
        }
        // A frame with no self cost on either side (a caller only) has nothing to rank.
        return rows.filter { $0.legacySelf > 0 || $0.fixedSelf > 0 }
            .sorted { ($0.savedPerEvent, $1.function) > ($1.savedPerEvent, $0.function) }
    }

    /// Functions of either profile whose share of its total changed, largest change (either way)
    /// first; unchanged shares are left out.
    package static func shareChanges(before: StackProfile, after: StackProfile) -> [ShareChange] {
        let beforeCosts = Dictionary(uniqueKeysWithValues: before.functionCosts().map { ($0.name, $0.selfCost) })
        let afterCosts = Dictionary(uniqueKeysWithValues: after.functionCosts().map { ($0.name, $0.selfCost) })
        let names = Set(beforeCosts.keys).union(afterCosts.keys)
        let changes = names.map { name -> ShareChange in
            let beforeSelf = beforeCosts[name] ?? 0
            let afterSelf = afterCosts[name] ?? 0
            return ShareChange(
                function: name, beforeSelf: beforeSelf, afterSelf: afterSelf,
                beforeShare: share(beforeSelf, of: before.total), afterShare: share(afterSelf, of: after.total))
        }
        return changes.filter { $0.change != 0 }.sorted {
            (abs($0.change), $1.function) > (abs($1.change), $0.function)
        }
    }

    static func share(_ part: UInt64, of total: UInt64) -> Double {
        total > 0 ? Double(part) / Double(total) : 0
    }
}
