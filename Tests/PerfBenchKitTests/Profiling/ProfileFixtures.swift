@testable import PerfBenchKit

/// Synthetic sides for report tests: legacy spends most in a sort, fixed in a lookup.
enum ProfileFixtures {
    static func legacy() -> SideProfile {
        var stacks = StackProfile()
        stacks.add(
            [
                "[harness]", "LegacyBaseline.LoadBalancer.select()", "LegacyBaseline.Ring.sortedEntries()",
                "Swift.MutableCollection.sort(by:)",
            ], count: 600)
        stacks.add(
            [
                "[harness]", "LegacyBaseline.LoadBalancer.select()", "LegacyBaseline.Ring.sortedEntries()",
                "closure #1 () -> [Swift.UInt64] in LegacyBaseline.Ring.sortedEntries()",
            ], count: 300)
        stacks.add(["[harness]", "LegacyBaseline.LoadBalancer.select()", "swift_retain"], count: 60)
        stacks.add(["[harness]"], count: 40)
        return side(.legacy, events: 10, stacks: stacks, samples: 1_000)
    }

    static func fixed() -> SideProfile {
        var stacks = StackProfile()
        stacks.add(
            ["[harness]", "ComputeRuntime.LoadBalancer.select()", "ComputeRuntime.Ring.lowerBound()"], count: 500)
        stacks.add(["[harness]", "ComputeRuntime.LoadBalancer.select()", "swift_retain"], count: 100)
        stacks.add(["[harness]"], count: 400)
        return side(.fixed, events: 100_000, stacks: stacks, samples: 1_000)
    }

    /// A cpu-clock side sampled every 250 µs.
    static func side(_ implementation: Implementation, events: Int, stacks: StackProfile, samples: Int) -> SideProfile {
        let count = SamplingCount(
            value: UInt64(samples) * 250_000, enabledNanoseconds: UInt64(samples) * 250_000,
            runningNanoseconds: UInt64(samples) * 250_000)
        return SideProfile(
            implementation: implementation, events: events, stacks: stacks, countUnit: "samples",
            weightPerCount: 250_000,
            weightUnit: "ns",
            sampling: SamplingTally(
                samples: samples, lostSamples: 0, throttleRecords: 0, truncatedRecords: 0, foreignSamples: 0,
                count: count,
                expectedSamples: Double(samples)),
            totalInstructions: nil)
    }

    static func outcome() -> ProfileOutcome {
        ProfileOutcome(
            caseID: "lb.select.consistentHash.n100", parameters: ["endpoints": 100], engine: .sample,
            engineReason: "requested: sampling cpu-clock at 4000 Hz", notes: ["a note"], sides: [legacy(), fixed()])
    }
}
