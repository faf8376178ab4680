/// One figure of one case, in the neutral shape every export format is written from.
///
/// The results model maps each case's measurements to rows (one per side and metric); the encoders
/// in this folder never see the results document, so they stay valid when its schema changes.
package struct ExportRow: Sendable, Equatable {
    /// Whose figure the row is.
    package enum Side: String, Sendable, CaseIterable {
        /// The pre-audit runtime.
        case legacy
        /// The fixed runtime.
        case fixed
        /// The limit kernel: the least work the operation must do on the case's data, measured like
        /// the two runtimes.
        case limit
        /// A figure of two sides rather than one: the legacy/fixed speedup, the fixed/limit ratio.
        case pair
    }

    /// Which direction of change is an improvement.
    package enum Polarity: String, Sendable {
        /// Time, allocations, bytes, instructions: less is better.
        case lowerIsBetter = "lower_is_better"
        /// The speedup: more is better.
        case higherIsBetter = "higher_is_better"
    }

    /// The case id, e.g. `lb.select.roundRobin.n100`.
    package var caseID: String
    /// Whose figure it is.
    package var side: Side
    /// The metric's id as results files key it: `time`, `cpu_time`, `allocations`, `bytes`,
    /// `instructions`, `speedup`, `fixed_over_limit`, `counter:task-clock`.
    package var metric: String
    /// The unit of `value`, `lower` and `upper`.
    package var unit: ExportUnit
    /// The figure (for a distribution, its median), in `unit`.
    package var value: Double
    /// Lower end of the figure's interval (the bootstrap interval of a median), when it has one.
    package var lower: Double?
    /// Upper end of the figure's interval, when it has one.
    package var upper: Double?
    /// Which direction of change is an improvement for this metric.
    package var polarity: Polarity
    /// The engine that measured it: `wall`, `perf` or `callgrind`.
    package var engine: String
    /// A short label for the host that measured it, e.g. `AMD EPYC 0x1A/2 cores/KVM`.
    package var host: String

    /// A row; the caller maps results to rows.
    package init(
        caseID: String, side: Side, metric: String, unit: ExportUnit, value: Double, lower: Double? = nil,
        upper: Double? = nil, polarity: Polarity, engine: String, host: String
    ) {
        self.caseID = caseID
        self.side = side
        self.metric = metric
        self.unit = unit
        self.value = value
        self.lower = lower
        self.upper = upper
        self.polarity = polarity
        self.engine = engine
        self.host = host
    }
}
