/// Takes the profile a `ProfileRequest` asks for, choosing the engine when asked to.
package enum Profiler {
    /// Resolves the case and the engine, and profiles.
    ///
    /// `auto` samples a hardware event where the PMU exists; otherwise it counts exact instructions
    /// under callgrind where valgrind runs (as `perfbench run` does); otherwise it samples the
    /// software clock. The outcome's `engineReason` says which and why.
    ///
    /// - Parameters:
    ///   - request: what to profile.
    ///   - catalog: where the case comes from.
    ///   - host: the host probe (PMU and valgrind status).
    ///   - callgrind: the callgrind engine to use (tests point it at a stripped executable).
    /// - Throws: `ProfileError`.
    package static func profile(
        _ request: ProfileRequest, catalog: CaseCatalog, host: HostDescription,
        callgrind: ProfileCallgrind = ProfileCallgrind()
    ) throws(ProfileError) -> ProfileOutcome {
        let (benchCase, parameters) = try request.resolveCase(in: catalog)
        switch request.engine {
        case .sample:
            return try ProfileSampler.profile(benchCase, parameters: parameters, request: request, why: "requested")
        case .callgrind:
            guard host.valgrind.available else {
                throw .valgrindUnavailable(host.valgrind.reason ?? "valgrind not installed")
            }
            return try callgrind.profile(benchCase, parameters: parameters, request: request, why: "requested")
        case .auto where request.event != nil:
            return try ProfileSampler.profile(benchCase, parameters: parameters, request: request, why: "--event given")
        case .auto:
            let pmuReason = host.pmu.reason ?? "no hardware PMU"
            if host.pmu.available {
                return try ProfileSampler.profile(
                    benchCase, parameters: parameters, request: request, why: "hardware PMU present")
            }
            if host.valgrind.available && !benchCase.isMultithreaded {
                return try callgrind.profile(benchCase, parameters: parameters, request: request, why: pmuReason)
            }
            let valgrindReason =
                benchCase.isMultithreaded
                ? "callgrind cannot count a two-thread case" : host.valgrind.reason ?? "valgrind not installed"
            return try ProfileSampler.profile(
                benchCase, parameters: parameters, request: request, why: "\(pmuReason); \(valgrindReason)")
        }
    }
}
