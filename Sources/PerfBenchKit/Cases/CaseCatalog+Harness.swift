import ComputeRuntime

extension CaseCatalog {
    /// The harness measuring itself: the event loop, the stream read and the output fold, around an
    /// operation that returns its event. A call into a runtime (about 1 ns here) belongs to the
    /// operation a case measures, not to the harness.
    static let harnessCases: [BenchCase] = [
        BenchCase(
            id: CaseID("harness", "overhead", "empty", "n1"), items: [],
            summary: "the event loop, stream read and output fold around an operation returning its event",
            parameters: [CaseParameter("streamEvents", 1_024, range: 1...1_048_576, "pre-generated events")],
            // Not a fix: both sides run the same sub-nanosecond code, so the ratio is pure noise and is
            // not gated (floor 0); what matters is the absolute figure, below 1 ns per event.
            floor: CaseFloor(minSpeedup: 0, maxFixedAllocsPerEvent: 0)
        ) { _, parameters in
            var generator = SplitMix64(seed: 0x5EED)
            let events = (0..<parameters["streamEvents"]).map { _ in generator.next() }
            return EventDriver(EmptyWorkload(), events: events)
        }
    ]
}

/// Returns its event: what remains is what the harness adds to every event.
final class EmptyWorkload: EventWorkload {
    func perform(_ event: UInt64) -> UInt64 { event }
}
