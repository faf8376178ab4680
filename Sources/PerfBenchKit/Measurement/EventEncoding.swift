import CPerf

/// What perf_event_open needs to know about one named event, as libpfm4 encoded it.
package struct EventEncoding: Sendable, Equatable {
    /// The name as given (`cycles`, `amd64_fam19h_zen4::RETIRED_INSTRUCTIONS`).
    package var name: String
    /// `perf_event_attr.type` (0 hardware, 1 software, 3 cache, 4 raw, or a dynamic PMU type).
    package var type: UInt32
    /// `perf_event_attr.config`.
    package var config: UInt64
    /// `perf_event_attr.config1` (extended PMU field).
    package var config1: UInt64
    /// `perf_event_attr.config2` (extended PMU field).
    package var config2: UInt64
    /// Whether user-space execution is not counted.
    package var excludesUser: Bool
    /// Whether kernel execution is not counted (the default: `perf_event_paranoid` 2 allows only user space).
    package var excludesKernel: Bool
    /// Whether hypervisor execution is not counted.
    package var excludesHypervisor: Bool

    /// Whether opening the event needs a hardware PMU: everything but software and tracepoint events.
    package var isHardware: Bool {
        type != UInt32(CPERF_TYPE_SOFTWARE) && type != UInt32(CPERF_TYPE_TRACEPOINT)
    }

    var spec: cperf_event_spec {
        cperf_event_spec(
            type: type, exclude_user: excludesUser ? 1 : 0, exclude_kernel: excludesKernel ? 1 : 0,
            exclude_hv: excludesHypervisor ? 1 : 0, config: config, config1: config1, config2: config2
        )
    }

    /// Encodes `name` with libpfm4 (`pfm_get_os_event_encoding`, `PFM_OS_PERF_EVENT`).
    ///
    /// Generic perf names (`instructions`, `task-clock`, `page-faults`, ...) and PMU-qualified names
    /// (`perf::CYCLES`, `amd64_fam19h_zen4::RETIRED_INSTRUCTIONS`) both go through libpfm4, which
    /// reads the CPU's identity with CPUID, so encoding succeeds even where no PMU is exposed.
    /// Under valgrind libpfm sees a different CPU: encode natively.
    ///
    /// - Parameters:
    ///   - name: the event name.
    ///   - includesKernel: count kernel-mode too (needs `perf_event_paranoid` ≤ 1); user space only by
    ///     default, except for `KernelSideEvents`, which count nothing otherwise and always include it.
    /// - Throws: `CounterError.unknownEvent`, `.encodingFailed`, `.libpfmUnavailable`.
    package static func encode(_ name: String, includesKernel: Bool = false) throws(CounterError) -> EventEncoding {
        let includesKernel = includesKernel || KernelSideEvents.countsOnlyInKernel(name)
        let initialization = LibpfmInitialization.result
        guard initialization == 0 else {
            throw .libpfmUnavailable(pfmCode: initialization, pfmMessage: pfmMessage(initialization))
        }
        var spec = cperf_event_spec()
        let rc = cperf_pfm_encode(name, includesKernel ? 1 : 0, &spec)
        guard rc == 0 else {
            if rc == -4 { throw .unknownEvent(name: name) }
            throw .encodingFailed(name: name, pfmCode: rc, pfmMessage: pfmMessage(rc))
        }
        return EventEncoding(
            name: name, type: spec.type, config: spec.config, config1: spec.config1, config2: spec.config2,
            excludesUser: spec.exclude_user != 0, excludesKernel: spec.exclude_kernel != 0,
            excludesHypervisor: spec.exclude_hv != 0
        )
    }

    /// The libpfm4 PMU models detected on this host (e.g. `perf`, `perf_raw`, `amd64_fam19h_zen4`).
    ///
    /// Names qualified with a model that is not listed here fail to encode with `.unknownEvent`.
    /// Empty when libpfm4 is unavailable.
    package static func presentPMUModels() -> [String] {
        guard LibpfmInitialization.result == 0 else { return [] }
        let limit = cperf_pfm_pmu_limit()
        guard limit > 0 else { return [] }
        var models: [String] = []
        var name = [CChar](repeating: 0, count: 128)
        for index in 0..<limit {
            var isPresent: Int32 = 0
            let rc = name.withUnsafeMutableBufferPointer {
                cperf_pfm_pmu_info(index, $0.baseAddress, $0.count, &isPresent)
            }
            if rc == 0, isPresent != 0 {
                models.append(String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
            }
        }
        return models
    }

    private static func pfmMessage(_ code: Int32) -> String {
        String(cString: cperf_pfm_strerror(code))
    }
}

/// libpfm4's one-time initialization, run on first encode.
private enum LibpfmInitialization {
    static let result: Int32 = cperf_pfm_initialize()
}
