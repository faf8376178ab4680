extension ResultsDocument {
    /// This run without its raw timing rounds: every summary (medians, quartiles, exact counts, the
    /// ratios with their bootstrap intervals), the host, the engine and the method stay. What a
    /// history keeps per commit: its trends and change points need only the summaries, and a quick
    /// callgrind run of 11 cases shrinks from 53 kB to 30 kB (a full run, with more rounds, more).
    ///
    /// A slimmed file is still a valid `perfbench.results/2` document; what is lost is what only the
    /// rounds can answer (a rank test, pooling with a re-measure, the distribution-free interval of
    /// a median: readers fall back to the interquartile range). Each case says so in a note, so a
    /// reader can tell "not timed" from "rounds dropped".
    package func slimmed() -> ResultsDocument {
        var slim = self
        for index in slim.cases.indices {
            var dropped = false
            for side in slim.cases[index].sides where slim.cases[index][side]?.rounds != nil {
                slim.cases[index][side]?.rounds = nil
                dropped = true
            }
            if dropped && !slim.cases[index].notes.contains(Self.slimmedNote) {
                slim.cases[index].notes.append(Self.slimmedNote)
            }
        }
        return slim
    }

    /// The note `slimmed()` adds to each case whose rounds it dropped.
    package static let slimmedNote = "slimmed: raw rounds dropped, summaries kept"
}
