/// What `perfbench counters` reports: the host, the libpfm4 PMU models it detected, and for each
/// event whether it encodes and opens here, and why not.
package struct CountersReport: Codable, Sendable, Equatable {
    /// One event's verdict.
    package struct Event: Codable, Sendable, Equatable {
        /// The name as asked.
        package var name: String
        /// "hardware" (needs a PMU), "software", or nil when the name did not encode.
        package var kind: String?
        /// Whether libpfm4 encoded the name.
        package var encodable: Bool
        /// Whether perf_event_open succeeded for this thread.
        package var openable: Bool
        /// Why not, when not openable (`no hardware PMU on this host (ENOENT)`).
        package var reason: String?
        /// The errno (positive) or libpfm code (negative) behind `reason`.
        package var code: Int32?
        /// Whether the event counts kernel mode: asked for, or a `KernelSideEvents` name (which
        /// counts nothing in user space alone). Nil when the name did not encode.
        package var includesKernel: Bool?

        enum CodingKeys: String, CodingKey {
            case name, kind, encodable, openable, reason, code
            case includesKernel = "includes_kernel"
        }
    }

    /// The events the command checks when none are given: perf's generic hardware and software names.
    package static let defaultEvents = [
        "instructions", "cycles", "branches", "branch-misses", "cache-references", "cache-misses",
        "task-clock", "cpu-clock", "page-faults", "minor-faults", "major-faults", "context-switches",
        "cpu-migrations",
    ]

    /// The probed host.
    package var host: HostDescription
    /// libpfm4 PMU models detected on this host (`perf`, `perf_raw`, a CPU model such as `amd64_fam19h_zen4`).
    package var libpfmModels: [String]
    /// Whether events count kernel mode too (false: user space only).
    package var includesKernel: Bool
    /// One verdict per event, in the order asked.
    package var events: [Event]
    /// One line: which kinds of events work here, and why hardware events don't when they don't.
    package var summary: String

    enum CodingKeys: String, CodingKey {
        case host
        case libpfmModels = "libpfm_models"
        case includesKernel = "includes_kernel"
        case events, summary
    }

    /// Creates a report and derives its summary from the events.
    package init(host: HostDescription, libpfmModels: [String], includesKernel: Bool, events: [Event]) {
        self.host = host
        self.libpfmModels = libpfmModels
        self.includesKernel = includesKernel
        self.events = events
        summary = Self.summarize(events, pmu: host.pmu)
    }

    private static func summarize(_ events: [Event], pmu: CapabilityStatus) -> String {
        let hardware = events.filter { $0.kind == "hardware" }
        let software = events.filter { $0.kind == "software" }
        let hardwareOpen = hardware.filter(\.openable).count
        let softwareOpen = software.filter(\.openable).count
        var parts: [String] = []
        if !hardware.isEmpty, hardwareOpen == 0, !pmu.available {
            parts.append("hardware events unavailable: \(pmu.reason ?? "no PMU")")
        } else {
            parts.append("hardware events \(hardwareOpen)/\(hardware.count) open")
        }
        if !software.isEmpty, softwareOpen == software.count {
            parts.append("software events work (\(softwareOpen)/\(software.count) open)")
        } else {
            parts.append("software events \(softwareOpen)/\(software.count) open")
        }
        let unencodable = events.filter { !$0.encodable }.count
        if unencodable > 0 { parts.append("\(unencodable) not encodable") }
        return parts.joined(separator: "; ")
    }

    /// Probes the host and each event.
    ///
    /// - Parameters:
    ///   - events: event names, checked in order.
    ///   - includesKernel: count kernel mode too; user space only by default.
    package static func make(events: [String], includesKernel: Bool = false) -> CountersReport {
        let probes = EventProbe.probe(events, includesKernel: includesKernel)
        return CountersReport(
            host: HostProbe.probe(),
            libpfmModels: EventEncoding.presentPMUModels(),
            includesKernel: includesKernel,
            events: probes.map(Event.init(probe:))
        )
    }
}

extension CountersReport.Event {
    init(probe: EventProbe) {
        name = probe.name
        kind = probe.encoding.map { $0.isHardware ? "hardware" : "software" }
        includesKernel = probe.encoding.map { !$0.excludesKernel }
        encodable = probe.isEncodable
        openable = probe.availability.isAvailable
        switch probe.availability {
        case .available:
            reason = nil
            code = nil
        case .unavailable(let error):
            reason = error.reason
            code = error.code
        }
    }
}

extension CounterError {
    /// The errno (positive) or libpfm code (negative) behind the error, when there is one.
    package var code: Int32? {
        switch self {
        case .unknownEvent: -4
        case .encodingFailed(_, let code, _), .libpfmUnavailable(let code, _): code
        case .openFailed(_, let errno, _, _), .kernelModeDenied(_, let errno, _), .controlFailed(_, let errno),
            .readFailed(let errno), .closeFailed(let errno):
            errno
        case .malformedRead: nil
        }
    }
}
