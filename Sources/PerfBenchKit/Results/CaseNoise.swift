/// How much a case's sampled figures move between runs of unchanged code on the baseline's host:
/// the spread the gate's time and ratio limits derive from. Recorded when a baseline is accepted
/// from several A/A runs (`perfbench baseline`).
package struct CaseNoise: Codable, Sendable, Equatable {
    /// A/A runs the spread was measured over.
    package var runs: Int
    /// Per figure, the standard deviation of the natural log of each run's median (≈ the relative
    /// spread), keyed by `NoiseKey` (`fixed.time`, `legacy.time`, `speedup`, `fixed_over_limit`).
    package var logSD: [String: Double]

    package init(runs: Int, logSD: [String: Double]) {
        self.runs = runs
        self.logSD = logSD
    }

    enum CodingKeys: String, CodingKey {
        case runs
        case logSD = "log_sd"
    }
}

/// The figures whose run-to-run noise a baseline records: each side's time and each ratio.
package enum NoiseKey {
    /// `fixed.time`, `legacy.time`, `limit.time`.
    package static func time(_ side: Side) -> String { "\(side).\(Metric.time.id)" }
    /// `speedup`, `fixed_over_limit`.
    package static func ratio(_ metric: Metric) -> String { metric.id }
}
