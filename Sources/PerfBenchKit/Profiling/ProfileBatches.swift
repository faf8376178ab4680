#if canImport(Glibc)
import Glibc
#endif

/// The profile loop: runs a side's batches with sampling (or callgrind collection) switched on
/// around exactly those batches. Its frames are harness frames (`HarnessFolding.standard`).
enum ProfileBatches {
    /// What sampling one side's batches gave.
    struct SampledSide {
        var events = 0
        var cpuNanoseconds: UInt64 = 0
        var records = PerfRecords()
    }

    /// Batches of about 10 ms: short enough that the ring (drained after each) does not overflow at
    /// the default rate, long enough that an enable/disable pair is noise.
    static let targetBatchNanoseconds: UInt64 = 10_000_000

    /// Events per batch for `instance`, calibrated on thread CPU time (`BatchCalibration`), never
    /// above `maxEvents`.
    static func calibrate(_ instance: any CaseInstance, maxEvents: Int) -> Int {
        BatchCalibration.calibrate(targetNanoseconds: targetBatchNanoseconds, maxEvents: maxEvents) {
            (events: Int) -> UInt64 in
            let start = WallClockEngine.now(CLOCK_THREAD_CPUTIME_ID)
            blackHole(instance.run(events: events))
            return WallClockEngine.now(CLOCK_THREAD_CPUTIME_ID) &- start
        }.events
    }

    /// Runs rounds of one batch per side still short of `seconds` of thread CPU time, alternating
    /// which side goes first, each batch inside its side's enable/disable (stopping after four times
    /// the total wall time, so a side that cannot reach it does not run forever).
    ///
    /// - Throws: `CounterError` when an enable or disable fails.
    @inline(never)
    static func sample(
        _ sides: [(instance: any CaseInstance, event: SamplingEvent, batch: Int)], seconds: Double
    ) throws(CounterError) -> [SampledSide] {
        var results = [SampledSide](repeating: SampledSide(), count: sides.count)
        let target = UInt64(seconds * 1e9)
        let deadline = WallClockEngine.now(CLOCK_MONOTONIC) &+ 4 &* target &* UInt64(max(sides.count, 1))
        var round = 0
        while results.contains(where: { $0.cpuNanoseconds < target }) {
            let order = round.isMultiple(of: 2) ? Array(sides.indices) : sides.indices.reversed()
            for index in order where results[index].cpuNanoseconds < target {
                let side = sides[index]
                let start = WallClockEngine.now(CLOCK_THREAD_CPUTIME_ID)
                try side.event.enable()
                let folded = side.instance.run(events: side.batch)
                try side.event.disable()
                let end = WallClockEngine.now(CLOCK_THREAD_CPUTIME_ID)
                blackHole(folded)
                results[index].events += side.batch
                results[index].cpuNanoseconds += end &- start
                results[index].records.append(side.event.drain())
            }
            round += 1
            if WallClockEngine.now(CLOCK_MONOTONIC) > deadline { break }
        }
        return results
    }

    /// Under callgrind: warms every side, then per side zeroes the costs, collects exactly `events`
    /// events and dumps with the side's label.
    ///
    /// - Throws: `CallgrindError` when a client request is missing from this build.
    @inline(never)
    static func collect(
        _ sides: [(implementation: Implementation, instance: any CaseInstance)], caseID: String, events: Int
    ) throws(CallgrindError) {
        try CallgrindControl.startInstrumentation()
        for side in sides {
            blackHole(side.instance.run(events: min(events, 256)))
        }
        for side in sides {
            try CallgrindControl.zeroStats()
            try CallgrindControl.toggleCollection()
            let folded = side.instance.run(events: events)
            try CallgrindControl.toggleCollection()
            try CallgrindControl.dumpStats(
                label: ProfileCallgrind.label(caseID: caseID, implementation: side.implementation, events: events))
            blackHole(folded)
        }
        try CallgrindControl.stopInstrumentation()
    }
}
