/// Turns `--engine` and `--counters` into the engine a run uses, recording which and why.
package struct EngineSelection {
    /// The timing engine with its record.
    package let resolved: ResolvedEngine
    /// The instruction-count pass, when the callgrind engine was chosen.
    package let callgrind: CallgrindEngine?

    /// Resolves `request.engine` on `host`.
    ///
    /// `auto` picks, richest first: `perf` with hardware counters when the PMU exists; otherwise
    /// `callgrind` (exact instructions) with software counters per batch when valgrind exists;
    /// otherwise `perf` with software counters; otherwise `wall`.
    ///
    /// - Throws: `EngineError.unknownCounter` for a name libpfm4 cannot encode (a usage error);
    ///   `.noCountersOpened` or `.valgrindUnavailable` when the requested engine cannot run here.
    package static func resolve(_ request: RunRequest, host: HostDescription) throws(EngineError) -> EngineSelection {
        for name in request.counters {
            do {
                _ = try EventEncoding.encode(name)
            } catch {
                throw .unknownCounter(error)
            }
        }
        let requested = request.engine
        switch request.engine {
        case .wall:
            return EngineSelection(
                resolved: ResolvedEngine(
                    timing: WallClockEngine(),
                    record: EngineRecord(
                        requested: requested, used: .wall, reason: "requested: wall and thread CPU time only")),
                callgrind: nil)
        case .perf:
            let names =
                request.counters.isEmpty
                ? PerfEventEngine.hardwareDefaults + PerfEventEngine.softwareDefaults : request.counters
            let engine = try openPerf(names)
            return EngineSelection(
                resolved: ResolvedEngine(
                    timing: engine,
                    record: EngineRecord(
                        requested: requested, used: .perf,
                        reason: "requested: counters \(engine.counterNames.joined(separator: ",")) per batch"),
                    unavailableCounters: unavailable(engine)),
                callgrind: nil)
        case .callgrind:
            guard host.valgrind.available else {
                throw .valgrindUnavailable(host.valgrind.reason ?? "not installed")
            }
            let timing: any MeasurementEngine =
                request.counters.isEmpty ? WallClockEngine() : try openPerf(request.counters)
            return EngineSelection(
                resolved: ResolvedEngine(
                    timing: timing,
                    record: EngineRecord(
                        requested: requested, used: .callgrind,
                        reason: "requested: exact instructions per event under valgrind, wall time natively"),
                    unavailableCounters: (timing as? PerfEventEngine).map(unavailable) ?? []),
                callgrind: CallgrindEngine(overrides: request.overrides))
        case .auto:
            return autoSelect(request, host: host)
        }
    }

    static func autoSelect(_ request: RunRequest, host: HostDescription) -> EngineSelection {
        let pmuReason = host.pmu.reason ?? "no hardware PMU"
        if host.pmu.available {
            let names = PerfEventEngine.hardwareDefaults + PerfEventEngine.softwareDefaults + request.counters
            if let engine = try? openPerf(names) {
                return EngineSelection(
                    resolved: ResolvedEngine(
                        timing: engine,
                        record: EngineRecord(
                            requested: .auto, used: .perf,
                            reason: "hardware PMU present: \(engine.counterNames.joined(separator: ",")) per batch"),
                        unavailableCounters: unavailable(engine)),
                    callgrind: nil)
            }
        }
        let software = try? openPerf(PerfEventEngine.softwareDefaults + request.counters)
        let timing: any MeasurementEngine = software ?? WallClockEngine()
        // Hardware events were part of what auto wanted: say why they are missing.
        let missingHardware = PerfEventEngine.hardwareDefaults.map {
            UnavailableMetric(metric: Metric.counter($0).id, reason: pmuReason)
        }
        let unavailableHere = missingHardware + (software.map(unavailable) ?? [])
        if host.valgrind.available {
            return EngineSelection(
                resolved: ResolvedEngine(
                    timing: timing,
                    record: EngineRecord(
                        requested: .auto, used: .callgrind,
                        reason: "\(pmuReason): exact instructions from callgrind"
                            + (software == nil ? ", wall time only" : ", software counters per batch")),
                    unavailableCounters: unavailableHere),
                callgrind: CallgrindEngine(overrides: request.overrides))
        }
        let valgrindReason = host.valgrind.reason ?? "valgrind not installed"
        return EngineSelection(
            resolved: ResolvedEngine(
                timing: timing,
                record: EngineRecord(
                    requested: .auto, used: software == nil ? .wall : .perf,
                    reason: "\(pmuReason); \(valgrindReason)"
                        + (software == nil ? "; no perf_event counter opens" : ": software counters per batch")),
                unavailableCounters: unavailableHere),
            callgrind: nil)
    }

    static func openPerf(_ names: [String]) throws(EngineError) -> PerfEventEngine {
        let engine: PerfEventEngine
        do {
            engine = try PerfEventEngine(events: names)
        } catch {
            throw .noCountersOpened([error.description])
        }
        guard !engine.counterNames.isEmpty else {
            throw .noCountersOpened(engine.unavailable.map(\.description))
        }
        return engine
    }

    static func unavailable(_ engine: PerfEventEngine) -> [UnavailableMetric] {
        engine.unavailable.map {
            UnavailableMetric(
                metric: $0.eventName.map { Metric.counter($0).id } ?? "counter group", reason: $0.description)
        }
    }
}
