extension ResultsDocument {
    /// This run with `other`'s rounds added to the cases both measured: sampled figures and ratios
    /// are recomputed over the pooled rounds, exact figures are kept (they are deterministic; a
    /// difference is recorded as a note). A re-measure adds evidence; it never replaces the first run.
    ///
    /// - Parameter resamples: bootstrap resamples for the pooled ratios.
    package func pooling(_ other: ResultsDocument, resamples: Int) -> ResultsDocument {
        var pooled = self
        for index in pooled.cases.indices {
            guard let more = other.result(for: pooled.cases[index].id) else { continue }
            pooled.cases[index] = pooled.cases[index].pooling(more, resamples: resamples)
        }
        return pooled
    }
}

extension CaseResult {
    func pooling(_ other: CaseResult, resamples: Int) -> CaseResult {
        var pooled = self
        for side in sides {
            guard var mine = self[side], let theirs = other[side] else { continue }
            if let rounds = mine.rounds, let more = theirs.rounds {
                let all = rounds.appending(more)
                mine.rounds = all
                mine.metrics.merge(SideSummary.summaries(of: all)) { _, pooledValue in pooledValue }
            }
            for metric in mine.measuredMetrics where metric.precision == .exact {
                if let a = mine[metric], let b = theirs[metric], a != b {
                    pooled.notes.append(
                        "\(side) \(metric.id) differed between pooled runs: \(a.value) vs \(b.value) (kept the first)")
                }
            }
            pooled[side] = mine
        }
        pooled.ratios = CaseRatios.compute(for: pooled, resamples: resamples)
        pooled.notes.removeAll { $0.hasPrefix(Self.pooledPrefix) }
        pooled.notes.append("\(Self.pooledPrefix)\(pooledRuns + 1) runs")
        return pooled
    }

    static let pooledPrefix = "rounds pooled from "

    /// How many runs this result's rounds come from, from its pooling note (1 without one).
    var pooledRuns: Int {
        guard let note = notes.first(where: { $0.hasPrefix(Self.pooledPrefix) }) else { return 1 }
        return Int(note.dropFirst(Self.pooledPrefix.count).prefix { $0.isNumber }) ?? 1
    }
}

extension ResultsDocument {
    /// This (timed) run with the exact figures of `exact` (a run of the exact passes only, over
    /// the same cases) added per case and side, and its unavailable metrics.
    package func addingExactFigures(from exact: ResultsDocument) -> ResultsDocument {
        var merged = self
        for index in merged.cases.indices {
            guard let counted = exact.result(for: merged.cases[index].id) else { continue }
            for side in counted.sides {
                guard let figures = counted[side] else { continue }
                for metric in figures.measuredMetrics where metric.precision == .exact {
                    merged.cases[index][side]?[metric] = figures[metric]
                }
            }
            merged.cases[index].unavailable += counted.unavailable.filter {
                !merged.cases[index].unavailable.contains($0)
            }
        }
        merged.unavailable += exact.unavailable.filter { !merged.unavailable.contains($0) }
        return merged
    }

    /// A copy whose fixed sides' instructions per event are this document's plus what `perturbed`
    /// counted beyond `reference`: the effect of a perturbation alone, on top of the unperturbed
    /// counts (the self-test's instruction steps). Cases missing from either run keep their counts.
    package func addingFixedInstructions(of perturbed: ResultsDocument, beyond reference: ResultsDocument)
        -> ResultsDocument
    {
        var shifted = self
        for index in shifted.cases.indices {
            let id = shifted.cases[index].id
            guard var figure = shifted.cases[index].fixed[.instructions],
                let with = perturbed.result(for: id)?.fixed.value(.instructions),
                let without = reference.result(for: id)?.fixed.value(.instructions)
            else { continue }
            figure.value += with - without
            shifted.cases[index].fixed[.instructions] = figure
        }
        return shifted
    }
}
