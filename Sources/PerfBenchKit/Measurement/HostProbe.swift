import CPerf
import Foundation

/// Fills a `HostDescription` from the running host.
package enum HostProbe {
    /// Probes the host: /proc for CPU and paranoid level, `uname`, a trial open of `instructions`
    /// for the PMU, jemalloc's `version` mallctl, `valgrind --version` and `git rev-parse HEAD`
    /// (both found on `PATH`, run with the current directory).
    ///
    /// Never throws: anything that cannot be learned is recorded as unavailable with its reason,
    /// or nil where the field is optional.
    package static func probe() -> HostDescription {
        let cpuInfo = ProcFile.read("/proc/cpuinfo") ?? ""
        let onlineCores = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        return HostDescription(
            identity: identity(
                cpuInfo: cpuInfo, maxFrequencyKHz: cpufreqMaxKHz(), kernel: kernelRelease(),
                hypervisor: hypervisorSignature(cpuInfo: cpuInfo)),
            logicalCores: max(onlineCores, 0),
            pmu: pmuStatus(),
            perfEventParanoid: PerfEventParanoid.current(),
            swiftVersion: compilerVersion,
            allocator: allocator(),
            valgrind: valgrindStatus(),
            gitCommit: gitCommit(),
            buildConfiguration: .current
        )
    }

    /// The host identity from /proc/cpuinfo text and the other probes; unknown numeric fields are -1
    /// (a machine that hides them is still one identity, and never equal to one that shows them).
    package static func identity(
        cpuInfo: String, maxFrequencyKHz: Int?, kernel: String, hypervisor: String?
    ) -> HostIdentity {
        func number(_ key: String) -> Int { cpuField(key, in: cpuInfo).flatMap { Int($0) } ?? -1 }
        let reportedMHz = cpuField("cpu MHz", in: cpuInfo).flatMap(Double.init).map { Int(($0 / 10).rounded()) * 10 }
        return HostIdentity(
            vendor: cpuField("vendor_id", in: cpuInfo) ?? "unknown",
            family: number("cpu family"), model: number("model"), stepping: number("stepping"),
            modelName: cpuField("model name", in: cpuInfo) ?? "unknown",
            megahertz: maxFrequencyKHz.map { $0 / 1000 } ?? reportedMHz ?? -1,
            microcode: cpuField("microcode", in: cpuInfo), kernel: kernel, hypervisor: hypervisor)
    }

    /// cpufreq's nominal maximum, where the kernel exposes it (bare metal; rarely in a guest).
    private static func cpufreqMaxKHz() -> Int? {
        ProcFile.read("/sys/devices/system/cpu/cpu0/cpufreq/cpuinfo_max_freq")
            .flatMap { Int($0.trimmingWhitespace()) }
    }

    /// CPUID's hypervisor signature; `unknown` when cpuinfo flags a hypervisor but CPUID gives none.
    private static func hypervisorSignature(cpuInfo: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 13)
        if cperf_hypervisor_signature(&buffer) == 1 {
            let signature = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                .trimmingWhitespace()
            if !signature.isEmpty { return signature }
        }
        let flagged = cpuField("flags", in: cpuInfo)?.split(separator: " ").contains("hypervisor") ?? false
        return flagged ? "unknown" : nil
    }

    /// The compiler that built this binary, from compile-time `#if compiler` checks (minor version
    /// only: the patch level is not visible to the source).
    package static let compilerVersion: String = {
        #if compiler(>=7.0)
        return "swiftc >= 7.0"
        #elseif compiler(>=6.4)
        return "swiftc 6.4"
        #elseif compiler(>=6.3)
        return "swiftc 6.3"
        #elseif compiler(>=6.2)
        return "swiftc 6.2"
        #elseif compiler(>=6.1)
        return "swiftc 6.1"
        #else
        return "swiftc < 6.1"
        #endif
    }()

    /// PMU availability, decided by trying to open `instructions` for this thread; the reason reads
    /// like `no hardware PMU on this host (ENOENT)`.
    package static func pmuStatus() -> CapabilityStatus {
        let probe = EventProbe.probe("instructions")
        switch probe.availability {
        case .available: return CapabilityStatus(available: true, detail: "instructions opens")
        case .unavailable(let error): return CapabilityStatus(available: false, reason: error.reason)
        }
    }

    /// jemalloc with its version when it serves malloc, else "system".
    package static func allocator() -> AllocatorDescription {
        switch JemallocStatus.current {
        case .active: AllocatorDescription(name: "jemalloc", version: JemallocStatus.version)
        default: AllocatorDescription(name: "system")
        }
    }

    static func valgrindStatus() -> CapabilityStatus {
        guard let output = run(["valgrind", "--version"]) else {
            return CapabilityStatus(available: false, reason: "valgrind not found on PATH")
        }
        guard CallgrindControl.clientRequestsBuiltIn else {
            return CapabilityStatus(
                available: false, detail: output, reason: "CPerf was built without valgrind headers (ENOSYS)")
        }
        return CapabilityStatus(available: true, detail: output)
    }

    static func gitCommit() -> String? {
        guard let commit = run(["git", "rev-parse", "HEAD"]), commit.count == 40 else { return nil }
        return commit
    }

    /// The value of the first `key : value` line of /proc/cpuinfo text, trimmed.
    package static func cpuField(_ key: String, in cpuInfo: String) -> String? {
        for line in cpuInfo.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, String(parts[0]).trimmingWhitespace() == key {
                return String(parts[1]).trimmingWhitespace()
            }
        }
        return nil
    }

    private static func kernelRelease() -> String {
        var name = utsname()
        guard uname(&name) == 0 else { return "unknown (uname failed: \(ErrnoName.symbol(errno)))" }
        return withUnsafeBytes(of: &name.release) { bytes in
            String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }
    }

    /// Runs a program found on PATH; its trimmed stdout when it exits 0, else nil.
    private static func run(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let text = String(decoding: data, as: UTF8.self).trimmingWhitespace()
        return text.isEmpty ? nil : text
    }
}
