extension SideResult {
    /// The interval of a sampled `metric`'s median on this side: the distribution-free interval
    /// (`MedianInterval`) of the kept raw rounds, or the interquartile range when the file kept no
    /// rounds (a migrated `/1` file, a slimmed history file). Nil for an exact metric, a metric this
    /// side did not measure, or one without either.
    package func medianInterval(_ metric: Metric) -> (low: Double, high: Double)? {
        guard metric.precision == .sampled, let figure = self[metric] else { return nil }
        if let perRound = rounds?[metric], !perRound.isEmpty {
            return MedianInterval.of(perRound)
        }
        guard let p25 = figure.p25, let p75 = figure.p75 else { return nil }
        return (p25, p75)
    }
}
