import Foundation
import PerfBenchKit
import XCTest

/// Sampling on this host: no PMU, so the software clock; assertions are about where samples land
/// and how many there are for the running time, never about speed.
final class ProfileSamplerTests: XCTestCase {
    func testCycles_withoutPMU_saysWhyAndFallsBackToCPUClock() throws {
        let host = HostProbe.probe()

        let choice = try ProfileSampler.chooseEvent("cycles", rate: .frequency(1_000))

        if host.pmu.available {
            XCTAssertEqual(choice.encoding.name, "cycles")
            XCTAssertNil(choice.fallbackReason)
        } else {
            XCTAssertEqual(choice.encoding.name, "cpu-clock")
            XCTAssertEqual(choice.fallbackReason, "event 'cycles' unavailable: no hardware PMU on this host (ENOENT)")
        }
    }

    func testUnknownEvent_isAUsageError() {
        XCTAssertThrowsError(try ProfileSampler.chooseEvent("no-such-event", rate: .frequency(1_000))) { error in
            let profileError = error as? ProfileError
            XCTAssertEqual(profileError?.isUsageError, true)
            XCTAssertEqual(
                profileError?.description,
                "--event: event 'no-such-event' unknown: libpfm4 cannot encode it (PFM_ERR_NOTFOUND)")
        }
    }

    func testExpectedSamples_fromPeriodOrFrequency() {
        let count = SamplingCount(
            value: 2_000_000_000, enabledNanoseconds: 2_100_000_000, runningNanoseconds: 2_000_000_000)

        XCTAssertEqual(ProfileSampler.expectedSamples(count: count, rate: .period(250_000)), 8_000)
        XCTAssertEqual(ProfileSampler.expectedSamples(count: count, rate: .frequency(1_000)), 2_000)
    }

    /// In this process: the count of samples fits the period (one per 500 µs of the clock's count, a
    /// few late or lost), every sample is this thread's, and each is attributed to a stack.
    func testSoftwareClockSampling_sampleCountFitsThePeriod() throws {
        let request = ProfileRequest(
            caseID: "lb.select.consistentHash.n100", sides: [.legacy], engine: .sample, event: "cpu-clock",
            rate: .period(500_000), secondsPerSide: 0.5)
        let (benchCase, parameters) = try request.resolveCase(in: .standard)

        let outcome = try ProfileSampler.profile(benchCase, parameters: parameters, request: request, why: "test")

        let legacy = try XCTUnwrap(outcome.side(.legacy))
        let tally = try XCTUnwrap(legacy.sampling)
        let taken = Double(tally.samples) + Double(tally.lostSamples)
        XCTAssertGreaterThan(tally.expectedSamples, 500, "0.5 s of running time at 2 kHz")
        XCTAssertGreaterThanOrEqual(taken, 0.8 * tally.expectedSamples, "\(taken) of \(tally.expectedSamples)")
        XCTAssertLessThanOrEqual(taken, 1.05 * tally.expectedSamples + 2, "\(taken) of \(tally.expectedSamples)")
        XCTAssertEqual(tally.foreignSamples, 0)
        XCTAssertEqual(legacy.stacks.total, UInt64(tally.samples))
        XCTAssertEqual(
            outcome.engineReason.contains("sampling cpu-clock every 500000 events"), true, outcome.engineReason)
    }

    /// Legacy consistent hash copies the ring (150 virtual nodes per endpoint) and sorts the copy on
    /// every select: in a debug build as in a release build, those two are where the time goes.
    ///
    /// Sampled in a perfbench process of its own: once a test here has installed jemalloc's counting
    /// hooks (they stay for the life of the process), most of this case's time goes to the hooked
    /// allocator, whose code has no frame pointers, and the profile would show that instead.
    func testSoftwareClockSampling_legacyConsistentHash_hotSpotsAreTheSortAndTheCopy() throws {
        let perfbench = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("perfbench")
        guard FileManager.default.isExecutableFile(atPath: perfbench.path) else {
            throw XCTSkip(
                "no perfbench executable beside the tests at \(perfbench.path): run swift build --build-tests")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("profile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let process = Process()
        process.executableURL = perfbench
        process.arguments = [
            "profile", "lb.select.consistentHash.n100", "--engine", "sample", "--event", "cycles", "--side", "legacy",
            "--period", "500000", "--seconds", "0.5", "--output", directory.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let folded = directory.appendingPathComponent("legacy.folded").path
        let legacy = try FoldedFormat.parse(String(contentsOfFile: folded, encoding: .utf8), source: folded)
        let summary = try String(contentsOf: directory.appendingPathComponent("summary.md"), encoding: .utf8)

        // Where they land: the children of sortedEntries() are the sort and the copy (a closure over the
        // dictionary), and together they hold most of the samples.
        let children = childrenCosts(of: "LegacyBaseline.ConsistentHashRing.sortedEntries()", in: legacy)
        let ranked = children.sorted { $0.value > $1.value }
        XCTAssertGreaterThanOrEqual(ranked.count, 2, "\(children)")
        let sort = try XCTUnwrap(ranked.first { $0.key.contains(".sort(by:") }, "\(ranked.prefix(4))")
        let copy = try XCTUnwrap(
            ranked.first { $0.key.hasPrefix("closure #1") && $0.key.contains("Swift.Dictionary") },
            "\(ranked.prefix(4))")
        XCTAssertEqual(Set(ranked.prefix(2).map(\.key)), [sort.key, copy.key])
        XCTAssertGreaterThan(Double(sort.value + copy.value), 0.7 * Double(legacy.total))

        // The top self-cost frames are the sort's and the copy's work: nearly all their samples lie
        // under sortedEntries(), and every name is demangled.
        for cost in legacy.functionCosts().prefix(5) {
            let under = selfCost(of: cost.name, under: "ConsistentHashRing.sortedEntries()", in: legacy)
            XCTAssertGreaterThanOrEqual(Double(under), 0.9 * Double(cost.selfCost), cost.name)
            XCTAssertFalse(cost.name.hasPrefix("$s"), cost.name)
        }

        // Without a PMU the request for cycles says why it cannot, and what it sampled instead.
        if !HostProbe.probe().pmu.available {
            XCTAssertTrue(
                summary.contains(
                    "event 'cycles' unavailable: no hardware PMU on this host (ENOENT); sampling cpu-clock every "
                        + "500000 events, user space, calling thread only instead"), summary)
        }
    }

    private func childrenCosts(of parent: String, in profile: StackProfile) -> [String: UInt64] {
        var children: [String: UInt64] = [:]
        for (stack, count) in profile.stacks {
            guard let index = stack.firstIndex(where: { $0.hasPrefix(parent) }), index + 1 < stack.count else {
                continue
            }
            children[stack[index + 1], default: 0] += count
        }
        return children
    }

    private func selfCost(of function: String, under ancestor: String, in profile: StackProfile) -> UInt64 {
        profile.stacks.filter { $0.key.last == function && $0.key.dropLast().contains { $0.contains(ancestor) } }
            .map(\.value).reduce(0, +)
    }
}
