extension ExportDocument {
    /// The rows of one results file: per case, each side it measured with every metric of that side
    /// (in `SideResult.measuredMetrics` order), then its paired ratios (in `Metric.ratios` order).
    ///
    /// Sampled metrics carry the interval of their median (`SideResult.medianInterval`: the
    /// distribution-free interval of the kept rounds, else the interquartile range); exact metrics
    /// carry none, they do not vary run to run. Ratios carry their bootstrap interval. The engine is
    /// the one that ran, the host a short label of its identity, the commit the one the run built.
    ///
    /// - Throws: `ExportError.unknownUnit` for a metric whose unit no format knows.
    package init(results: ResultsDocument) throws(ExportError) {
        let engine = results.engine.used.rawValue
        let host = Self.hostLabel(results.host)
        var rows: [ExportRow] = []
        for result in results.cases {
            for side in result.sides {
                guard let figures = result[side] else { continue }
                for metric in figures.measuredMetrics {
                    guard let figure = figures[metric] else { continue }
                    let interval = figures.medianInterval(metric)
                    rows.append(
                        try Self.row(
                            result.id, side: ExportRow.Side(side), metric: metric, value: figure.value,
                            interval: interval, engine: engine, host: host))
                }
            }
            for metric in Metric.ratios {
                guard let ratio = result.ratio(metric) else { continue }
                rows.append(
                    try Self.row(
                        result.id, side: .pair, metric: metric, value: ratio.median,
                        interval: (ratio.ciLow, ratio.ciHigh), engine: engine, host: host))
            }
        }
        self.init(rows: rows, commit: results.host.gitCommit, createdAt: results.createdAt)
    }

    private static func row(
        _ caseID: String, side: ExportRow.Side, metric: Metric, value: Double, interval: (low: Double, high: Double)?,
        engine: String, host: String
    ) throws(ExportError) -> ExportRow {
        guard let unit = ExportUnit(symbol: metric.unit) else {
            throw .unknownUnit(caseID: caseID, metric: metric.id, unit: metric.unit)
        }
        return ExportRow(
            caseID: caseID, side: side, metric: metric.id, unit: unit, value: value, lower: interval?.low,
            upper: interval?.high, polarity: ExportRow.Polarity(metric.polarity), engine: engine, host: host)
    }

    /// `AMD EPYC 9R45 0x1a/0x11/0, 2 cores, KVMKVMKVM`: what a dashboard needs to tell hosts apart
    /// (the identity's model name and CPUID numbers, cores, hypervisor), short enough for a label.
    package static func hostLabel(_ host: HostDescription) -> String {
        guard let identity = host.identity else {
            return "identity not recorded, \(host.logicalCores) cores"
        }
        return "\(identity.modelName) 0x\(String(identity.family, radix: 16))/0x\(String(identity.model, radix: 16))"
            + "/\(identity.stepping), \(host.logicalCores) cores, \(identity.hypervisor ?? "bare metal")"
    }
}

extension ExportRow.Side {
    /// The row side of a results side.
    init(_ side: Side) {
        switch side {
        case .legacy: self = .legacy
        case .fixed: self = .fixed
        case .limit: self = .limit
        }
    }
}

extension ExportRow.Polarity {
    /// The row polarity of a metric's.
    init(_ polarity: Metric.Polarity) {
        switch polarity {
        case .lowerIsBetter: self = .lowerIsBetter
        case .higherIsBetter: self = .higherIsBetter
        }
    }
}
