/// What a case declares about how the gate judges it, where the defaults do not fit, with the
/// one-line reason `perfbench list` shows. Recorded in results so a file is judged by the
/// declaration it was measured under.
public struct CaseTolerance: Codable, Sendable, Equatable {
    /// Exact-metric growth limits that replace the defaults, keyed by `Metric.id`.
    public var growth: [String: GrowthLimit]
    /// Whether absolute time and the paired ratios' drift are judged against the baseline (the
    /// floor is always judged). False for a case whose time is not a property of the code on
    /// this kind of host (two threads on two vCPUs).
    public var judgesTimeDrift: Bool
    /// Why the case departs from the defaults.
    public var reason: String

    public init(growth: [String: GrowthLimit] = [:], judgesTimeDrift: Bool = true, reason: String) {
        self.growth = growth
        self.judgesTimeDrift = judgesTimeDrift
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey {
        case growth
        case judgesTimeDrift = "judges_time_drift"
        case reason
    }
}

extension CaseTolerance {
    /// One line: what departs from the defaults, then why.
    public var summary: String {
        var parts = growth.keys.sorted().map { id in
            "\(id) ±max(\(NumberFormat.value(growth[id]!.absolute)), \(NumberFormat.percent(growth[id]!.relative)))"
        }
        if !judgesTimeDrift { parts.append("time and ratio drift not judged") }
        return (parts.isEmpty ? "" : parts.joined(separator: ", ") + ": ") + reason
    }
}
