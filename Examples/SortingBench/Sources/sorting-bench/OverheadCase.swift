import PerfBenchKit

/// What the harness adds to every event of a paired case: both sides return their event, so all
/// that is left is the stream read, the call into the body's closure and the fold of its result.
/// Run it under callgrind (`run --engine callgrind --cases overhead`) for the exact figure here.
enum OverheadCase {
    static let identity = BenchCase.paired(
        id: CaseID("overhead", "paired", "identity", "n1"), items: [],
        summary: "both bodies return their event: the per-event cost of the harness around a paired case",
        parameters: [CaseParameter("streamEvents", 1_024, range: 1...1_048_576, "pre-generated events")],
        // Not a before/after: both sides run the same code, the ratio is noise, and only the
        // absolute figure matters. Floor 0 (never judged); no allocation per event.
        floor: CaseFloor(minSpeedup: 0, maxFixedAllocsPerEvent: 0),
        // Two nanoseconds move by a tenth with whatever else the machine runs, and this case has no
        // fix whose time could regress: its instructions and allocations are what the gate holds.
        tolerance: CaseTolerance(
            judgesTimeDrift: false, reason: "the harness's own cost: exact figures judged, time drift is noise"),
        events: { parameters in
            var generator = SeededGenerator(seed: 0x0E4D)
            return (0..<parameters["streamEvents"]).map { _ in generator.next() }
        },
        before: { _ in
            { event in event }
        },
        after: { _ in
            { event in event }
        })
}
