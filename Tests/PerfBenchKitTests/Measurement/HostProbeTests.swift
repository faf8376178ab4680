import Foundation
import PerfBenchKit
import XCTest

final class HostProbeTests: XCTestCase {
    func testProbe_reportsCoresKernelAndParanoidOfThisHost() throws {
        let host = HostProbe.probe()

        XCTAssertEqual(host.logicalCores, ProcessInfo.processInfo.activeProcessorCount)
        XCTAssertEqual(
            host.identity?.kernel,
            try String(contentsOfFile: "/proc/sys/kernel/osrelease", encoding: .utf8).trimmingWhitespace())
        XCTAssertEqual(
            host.perfEventParanoid,
            Int(
                try String(contentsOfFile: "/proc/sys/kernel/perf_event_paranoid", encoding: .utf8).trimmingWhitespace()
            )
        )
        XCTAssertFalse(host.identity?.modelName.isEmpty ?? true)
    }

    func testIdentity_readsVendorFamilyModelSteppingAndFrequencyFromCpuinfo() {
        let cpuinfo = """
            processor	: 0
            vendor_id	: AuthenticAMD
            cpu family	: 25
            model		: 17
            model name	: AMD EPYC 9R14
            stepping	: 1
            microcode	: 0xa101148
            cpu MHz		: 2449.998
            flags		: fpu hypervisor
            """

        let identity = HostProbe.identity(
            cpuInfo: cpuinfo, maxFrequencyKHz: nil, kernel: "6.1", hypervisor: "KVMKVMKVM")

        XCTAssertEqual(
            identity,
            HostIdentity(
                vendor: "AuthenticAMD", family: 25, model: 17, stepping: 1, modelName: "AMD EPYC 9R14",
                megahertz: 2450, microcode: "0xa101148", kernel: "6.1", hypervisor: "KVMKVMKVM"))
        XCTAssertEqual(
            HostProbe.identity(
                cpuInfo: cpuinfo, maxFrequencyKHz: 3_700_000, kernel: "6.1",
                hypervisor: nil
            ).megahertz, 3700, "cpufreq's nominal maximum wins over the momentary cpu MHz")
    }

    func testIdentities_ofTwoCPUsOfOneKind_differAndSayHow() {
        let zen4 = HostIdentity(
            vendor: "AuthenticAMD", family: 0x19, model: 0x11, stepping: 1, modelName: "AMD EPYC", megahertz: 2450,
            microcode: nil, kernel: "6.18.44-fc-v657", hypervisor: "KVMKVMKVM")
        var zen5 = zen4
        zen5.family = 0x1A
        zen5.model = 0x02
        zen5.megahertz = 2600

        XCTAssertNotEqual(zen4, zen5)
        XCTAssertEqual(
            zen4.differences(to: zen5),
            ["cpu family 0x19 vs 0x1a", "cpu model 0x11 vs 0x2", "frequency 2450 MHz vs 2600 MHz"])
        var relabelled = zen4
        relabelled.modelName = "AMD EPYC 9R14"
        XCTAssertEqual(zen4, relabelled, "the model name is a label, not what decides speed")
    }

    func testPMUStatus_matchesATrialOpenOfInstructionsWithItsReason() {
        let probe = EventProbe.probe("instructions")

        let status = HostProbe.pmuStatus()

        XCTAssertEqual(status.available, probe.availability.isAvailable)
        if case .unavailable(let error) = probe.availability {
            XCTAssertEqual(status.reason, error.reason)
            XCTAssertTrue(status.reason?.hasSuffix(")") ?? false, "reason names its errno: \(status.reason ?? "nil")")
        } else {
            XCTAssertNil(status.reason)
        }
    }

    func testProbe_underSwiftTest_reportsJemallocWithItsVersion() throws {
        let allocator = HostProbe.probe().allocator

        XCTAssertEqual(allocator.name, "jemalloc")
        XCTAssertTrue(allocator.version?.hasPrefix("5.") ?? false, "\(String(describing: allocator.version))")
    }

    func testBuildConfiguration_matchesTheDebugCondition() {
        #if DEBUG
            XCTAssertEqual(BuildConfiguration.current, .debug)
        #else
            XCTAssertEqual(BuildConfiguration.current, .release)
        #endif
    }

    func testProbe_inGitWorkTree_recordsFullCommitHash() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: ".git"), "not run from a git work tree")

        let commit = try XCTUnwrap(HostProbe.probe().gitCommit)

        XCTAssertEqual(commit.count, 40)
        XCTAssertTrue(commit.allSatisfy(\.isHexDigit))
    }

    func testValgrindStatus_agreesWithValgrindOnPath() {
        let onPath = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/valgrind") }

        let status = HostProbe.probe().valgrind

        XCTAssertEqual(status.available, onPath)
        if onPath {
            XCTAssertTrue(status.detail?.hasPrefix("valgrind-") ?? false, "\(String(describing: status.detail))")
        } else {
            XCTAssertEqual(status.reason, "valgrind not found on PATH")
        }
    }

    func testCPUField_readsModelNameAndFlagsFromCpuinfoText() {
        let cpuInfo = "processor\t: 0\nmodel name\t: AMD EPYC 9R14\nflags\t\t: fpu vme hypervisor lahf_lm\n"

        XCTAssertEqual(HostProbe.cpuField("model name", in: cpuInfo), "AMD EPYC 9R14")
        XCTAssertEqual(HostProbe.cpuField("flags", in: cpuInfo), "fpu vme hypervisor lahf_lm")
        XCTAssertNil(HostProbe.cpuField("microcode", in: cpuInfo))
    }

    func testHostDescription_roundTripsThroughJSON() throws {
        let host = HostProbe.probe()

        let decoded = try JSONDecoder().decode(HostDescription.self, from: JSONEncoder().encode(host))

        XCTAssertEqual(decoded, host)
    }
}
