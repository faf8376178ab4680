extension CaseCatalog {
    /// The harness measuring itself: one pass through the event loop and one opaque call per event.
    static let harnessCases: [BenchCase] = [
        BenchCase(
            id: CaseID("harness", "overhead", "empty", "n1"), items: [],
            summary: "the event loop plus one non-inlined call that returns its event: the floor under every case",
            parameters: [CaseParameter("streamEvents", 1_024, range: 1...1_048_576, "pre-generated events")],
            // Not a fix: both sides run the same code, so "no slower" with noise margin.
            floor: CaseFloor(minSpeedup: 0.8, maxFixedAllocsPerEvent: 0)
        ) { _, parameters in
            var generator = SplitMix64(seed: 0x5EED)
            let events = (0..<parameters["streamEvents"]).map { _ in generator.next() }
            return EventDriver(EmptyWorkload(), events: events)
        }
    ]
}

/// Returns its event, behind a call the optimizer may not inline: what a runtime call costs the loop.
final class EmptyWorkload: EventWorkload {
    @inline(never)
    func perform(_ event: UInt64) -> UInt64 { event }
}
