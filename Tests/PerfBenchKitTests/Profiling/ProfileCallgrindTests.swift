import Foundation
import PerfBenchKit
import XCTest

/// The callgrind engine against a real valgrind run of the perfbench executable built beside the tests.
final class ProfileCallgrindTests: XCTestCase {
    func testCallgrindProfile_selfCostsSumToTheSideTotalAndTwoRunsAgree() throws {
        let host = HostProbe.probe()
        guard host.valgrind.available else {
            throw XCTSkip("valgrind unavailable here (\(host.valgrind.reason ?? "?")); ci/install-deps.sh installs it")
        }
        let executable = try strippedPerfbench()
        defer { try? FileManager.default.removeItem(at: executable.deletingLastPathComponent()) }
        let engine = ProfileCallgrind(executable: executable.path)
        let request = ProfileRequest(caseID: "lb.select.roundRobin.n10", engine: .callgrind)
        let (benchCase, parameters) = try request.resolveCase(in: .standard)

        let first = try engine.profile(benchCase, parameters: parameters, request: request, why: "test")
        let second = try engine.profile(benchCase, parameters: parameters, request: request, why: "test")

        for side in first.sides {
            let name = side.implementation.rawValue
            let total = try XCTUnwrap(side.totalInstructions, name)
            let selfSum = side.stacks.functionCosts().reduce(0) { $0 + $1.selfCost }
            XCTAssertGreaterThan(total, 100_000, name)
            XCTAssertLessThanOrEqual(
                abs(Double(selfSum) - Double(total)), 0.01 * Double(total), "\(name): \(selfSum) of \(total)")
            XCTAssertTrue(side.stacks.stacks.keys.allSatisfy { $0.first == HarnessFolding.frameName }, name)
            let again = try XCTUnwrap(second.side(side.implementation))
            XCTAssertEqual(again.totalInstructions, side.totalInstructions, name)
            XCTAssertEqual(again.stacks, side.stacks, name)
        }
        let legacySelect = first.side(.legacy)?.stacks.functionCosts().first {
            $0.name.hasPrefix("LegacyBaseline.LoadBalancer.select")
        }
        XCTAssertNotNil(legacySelect, "the legacy select is named, demangled")
    }

    /// valgrind 3.19 cannot read the DWARF 5 of debug builds: a copy without debug info (symbols stay).
    private func strippedPerfbench() throws -> URL {
        let built = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("perfbench")
        guard FileManager.default.isExecutableFile(atPath: built.path) else {
            throw XCTSkip("no perfbench executable beside the tests at \(built.path): run swift build --build-tests")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("profile-cg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let copy = directory.appendingPathComponent("perfbench")
        try FileManager.default.copyItem(at: built, to: copy)
        let strip = Process()
        strip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        strip.arguments = ["strip", "--strip-debug", copy.path]
        try strip.run()
        strip.waitUntilExit()
        XCTAssertEqual(strip.terminationStatus, 0, "strip --strip-debug failed")
        return copy
    }
}
