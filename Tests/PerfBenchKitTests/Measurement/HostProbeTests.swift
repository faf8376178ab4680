import Foundation
import PerfBenchKit
import XCTest

final class HostProbeTests: XCTestCase {
    func testProbe_reportsCoresKernelAndParanoidOfThisHost() throws {
        let host = HostProbe.probe()

        XCTAssertEqual(host.logicalCores, ProcessInfo.processInfo.activeProcessorCount)
        let osRelease = try String(contentsOfFile: "/proc/sys/kernel/osrelease", encoding: .utf8)
        XCTAssertEqual(host.kernel, osRelease.trimmingWhitespace())
        let paranoid = try String(contentsOfFile: "/proc/sys/kernel/perf_event_paranoid", encoding: .utf8)
        XCTAssertEqual(host.perfEventParanoid, Int(paranoid.trimmingWhitespace()))
        XCTAssertFalse(host.cpuModel.isEmpty)
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
        XCTAssertEqual(HostProbe.buildConfiguration, "debug")
        #else
        XCTAssertEqual(HostProbe.buildConfiguration, "release")
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
