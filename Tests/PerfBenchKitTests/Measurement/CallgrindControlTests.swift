import Foundation
import PerfBenchKit
import XCTest

final class CallgrindControlTests: XCTestCase {
    func testNatively_isNotRunningUnderValgrindAndRequestsAreNoOps() throws {
        XCTAssertFalse(CallgrindControl.isRunningUnderValgrind)
        XCTAssertTrue(CallgrindControl.clientRequestsBuiltIn)

        try CallgrindControl.toggleCollection()
        try CallgrindControl.toggleCollection()
        try CallgrindControl.zeroStats()
        try CallgrindControl.dumpStats(label: "native no-op")
    }

    func testProbeNatively_exitsSayingItIsNotUnderValgrind() throws {
        let result = try run(Self.probeURL.path, [], environment: [:])

        XCTAssertEqual(result.status, 3)
        XCTAssertEqual(result.output, "callgrind-probe: not running under valgrind\n")
    }

    func testProbeUnderCallgrind_givesIdenticalInstructionTotalsTwice() throws {
        let valgrind = try XCTUnwrap(
            Self.onPath("valgrind"), "valgrind is not on PATH (ci/install-deps.sh installs it)")
        let probe = try strippedProbeCopy()
        defer { try? FileManager.default.removeItem(at: probe.deletingLastPathComponent()) }

        let first = try callgrindTotal(valgrind: valgrind, probe: probe)
        let second = try callgrindTotal(valgrind: valgrind, probe: probe)

        XCTAssertGreaterThan(first, 10_000, "the workload runs thousands of instructions")
        XCTAssertEqual(first, second)
    }

    /// Runs the probe under callgrind with collection off at start and returns the `totals:` Ir figure
    /// (the `summary:` line stays 0 when instrumentation is toggled).
    private func callgrindTotal(valgrind: String, probe: URL) throws -> UInt64 {
        let outFile = probe.deletingLastPathComponent().appendingPathComponent("callgrind.out.\(UUID().uuidString)")
        let environment = [
            "SWIFT_DETERMINISTIC_HASHING": "1",
            "MALLOC_CONF": "dirty_decay_ms:-1,muzzy_decay_ms:-1",
        ]

        let result = try run(
            valgrind,
            ["--tool=callgrind", "--collect-atstart=no", "--callgrind-out-file=\(outFile.path)", probe.path],
            environment: environment
        )

        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.hasPrefix("callgrind-probe: ok"), result.output)
        let profile = try String(contentsOf: outFile, encoding: .utf8)
        let totals = try XCTUnwrap(
            profile.split(separator: "\n").first { $0.hasPrefix("totals:") }, "no totals: line in the profile")
        return try XCTUnwrap(UInt64(totals.dropFirst("totals:".count).split(separator: " ").first ?? ""))
    }

    /// Copies the probe and strips its debug info: valgrind 3.19 cannot read the DWARF 5 that debug
    /// builds emit and gives up, and instruction totals do not need debug info.
    private func strippedProbeCopy() throws -> URL {
        let strip = try XCTUnwrap(Self.onPath("strip"), "strip (binutils) is not on PATH")
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("callgrind-probe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let copy = directory.appendingPathComponent("callgrind-probe")
        try FileManager.default.copyItem(at: Self.probeURL, to: copy)
        let result = try run(strip, ["--strip-debug", copy.path], environment: [:])
        XCTAssertEqual(result.status, 0, "strip --strip-debug failed")
        return copy
    }

    private func run(_ executable: String, _ arguments: [String], environment: [String: String]) throws
        -> (status: Int32, output: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// `callgrind-probe` is built next to the test runner because the test target depends on it.
    private static var probeURL: URL {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("callgrind-probe")
    }

    private static func onPath(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(program)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
