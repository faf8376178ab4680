/// The engine a run will use, with the record of why and what it cannot read.
public struct ResolvedEngine {
    /// Measures the timed batches (wall, or wall plus counters).
    public let timing: any MeasurementEngine
    public let record: EngineRecord
    /// Requested counters that cannot be read here, with the reason.
    public let unavailableCounters: [UnavailableMetric]

    public init(timing: any MeasurementEngine, record: EngineRecord, unavailableCounters: [UnavailableMetric] = []) {
        self.timing = timing
        self.record = record
        self.unavailableCounters = unavailableCounters
    }
}
