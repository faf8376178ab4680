/// The engine a run will use, with the record of why and what it cannot read.
package struct ResolvedEngine {
    /// Measures the timed batches (wall, or wall plus counters).
    package let timing: any MeasurementEngine
    package let record: EngineRecord
    /// Requested counters that cannot be read here, with the reason.
    package let unavailableCounters: [UnavailableMetric]

    package init(timing: any MeasurementEngine, record: EngineRecord, unavailableCounters: [UnavailableMetric] = []) {
        self.timing = timing
        self.record = record
        self.unavailableCounters = unavailableCounters
    }
}
