/// Where and how a result was measured, embedded in every results document so two documents can
/// say whether their absolute figures are comparable. Filled by `HostProbe.probe()`.
package struct HostDescription: Codable, Sendable, Equatable {
    /// What decides speed (CPU, frequency, kernel, hypervisor); nil for a migrated `/1` file,
    /// which recorded only a model name: such a host is comparable with none.
    package var identity: HostIdentity?
    /// Online logical CPUs (`sysconf(_SC_NPROCESSORS_ONLN)`).
    package var logicalCores: Int
    /// Whether hardware events can be opened (a trial open of `instructions`), and why not.
    package var pmu: CapabilityStatus
    /// `/proc/sys/kernel/perf_event_paranoid`, nil when unreadable.
    package var perfEventParanoid: Int?
    /// The compiler that built the binary, from compile-time `#if compiler` checks (e.g. "swiftc 6.3";
    /// the patch level is not visible to source code).
    package var swiftVersion: String
    /// The process allocator, e.g. name "jemalloc" version "5.3.0-0-g…", or "system".
    package var allocator: AllocatorDescription
    /// `valgrind --version` found on PATH (detail "valgrind-3.19.0"), or why not.
    package var valgrind: CapabilityStatus
    /// `git rev-parse HEAD` in the current directory; nil outside a git work tree or without git.
    package var gitCommit: String?
    package var buildConfiguration: BuildConfiguration

    /// Creates a description from its fields; `HostProbe.probe()` fills one from the running host.
    package init(
        identity: HostIdentity?, logicalCores: Int, pmu: CapabilityStatus, perfEventParanoid: Int?,
        swiftVersion: String, allocator: AllocatorDescription, valgrind: CapabilityStatus, gitCommit: String?,
        buildConfiguration: BuildConfiguration
    ) {
        self.identity = identity
        self.logicalCores = logicalCores
        self.pmu = pmu
        self.perfEventParanoid = perfEventParanoid
        self.swiftVersion = swiftVersion
        self.allocator = allocator
        self.valgrind = valgrind
        self.gitCommit = gitCommit
        self.buildConfiguration = buildConfiguration
    }

    enum CodingKeys: String, CodingKey {
        case identity
        case logicalCores = "logical_cores"
        case pmu
        case perfEventParanoid = "perf_event_paranoid"
        case swiftVersion = "swift_version"
        case allocator, valgrind
        case gitCommit = "git_commit"
        case buildConfiguration = "build_configuration"
    }

    /// Whether absolute times measured on `other` may be compared with ours: equal identities
    /// (CPU, frequency, kernel, hypervisor), core count, compiler, allocator and build configuration.
    package func isComparable(to other: HostDescription) -> Bool {
        comparabilityDifferences(to: other).isEmpty
    }
}

/// A capability that is present (with an optional version or detail) or absent with a reason.
package struct CapabilityStatus: Codable, Sendable, Equatable {
    /// Whether the capability is usable here.
    package var available: Bool
    /// Version or detail when available (e.g. "valgrind-3.19.0").
    package var detail: String?
    /// Why not, when unavailable (e.g. "no hardware PMU on this host (ENOENT)").
    package var reason: String?

    /// Creates a status; give `reason` whenever `available` is false.
    package init(available: Bool, detail: String? = nil, reason: String? = nil) {
        self.available = available
        self.detail = detail
        self.reason = reason
    }
}

/// The allocator the process really uses.
package struct AllocatorDescription: Codable, Sendable, Equatable {
    /// "jemalloc" or "system".
    package var name: String
    /// jemalloc's `version` mallctl; nil for the system allocator.
    package var version: String?

    /// Creates an allocator description.
    package init(name: String, version: String? = nil) {
        self.name = name
        self.version = version
    }
}
