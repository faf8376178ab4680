/// How `perfbench profile` takes its profile.
package enum ProfileEngineKind: String, Sendable, CaseIterable {
    /// Hardware-event sampling where a PMU exists, else callgrind where valgrind runs, else
    /// software-clock sampling; the outcome says which and why.
    case auto
    /// perf_event sampling in-process (falls back to the software clocks without a PMU).
    case sample
    /// Exact instructions per function from a re-run under valgrind's callgrind.
    case callgrind
}

/// What to profile, and how.
package struct ProfileRequest: Sendable {
    /// The case: an exact id, or a pattern that matches exactly one.
    package var caseID: String
    /// `--set` parameter overrides.
    package var overrides: [ParameterOverride]
    /// The sides to profile, in order.
    package var sides: [Implementation]
    /// The engine asked for.
    package var engine: ProfileEngineKind
    /// The sampling event asked for (nil: `cycles`, falling back to the software clocks).
    package var event: String?
    /// The sampling rate.
    package var rate: SamplingRate
    /// Seconds of sampled running time to aim for per side.
    package var secondsPerSide: Double

    /// The default rate: 4 kHz, one sample per 250 µs of running time on the software clocks.
    package static let defaultRate = SamplingRate.frequency(4_000)

    /// A request with the given fields.
    package init(
        caseID: String, overrides: [ParameterOverride] = [], sides: [Implementation] = Implementation.allCases,
        engine: ProfileEngineKind = .auto, event: String? = nil, rate: SamplingRate = Self.defaultRate,
        secondsPerSide: Double = 2
    ) {
        self.caseID = caseID
        self.overrides = overrides
        self.sides = sides
        self.engine = engine
        self.event = event
        self.rate = rate
        self.secondsPerSide = secondsPerSide
    }

    /// The one case the request names, with its parameters resolved.
    ///
    /// - Throws: `ProfileError.caseSelection` when the id matches no case or several, or an
    ///   override does not fit.
    package func resolveCase(in catalog: CaseCatalog) throws(ProfileError) -> (BenchCase, ResolvedParameters) {
        let selected: [(BenchCase, ResolvedParameters)]
        do {
            if let exact = catalog.cases.first(where: { $0.id.description == caseID }) {
                return (exact, try exact.resolve(overrides))
            }
            selected = try catalog.select(items: nil, pattern: caseID, overrides: overrides)
        } catch {
            throw .caseSelection(error.description)
        }
        guard selected.count == 1 else {
            let names = selected.prefix(6).map { $0.0.id.description }.joined(separator: ", ")
            throw .caseSelection(
                "'\(caseID)' matches \(selected.count) cases (\(names)\(selected.count > 6 ? ", …" : "")): "
                    + "profile takes one")
        }
        return selected[0]
    }
}
