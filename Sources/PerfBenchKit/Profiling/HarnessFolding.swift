/// Folds the harness's own frames (the driver loop, batch bookkeeping, `blackHole`, the profile loop,
/// and everything that called them) into one `[harness]` frame at the root of each stack.
///
/// A stack is cut after its innermost harness frame: what remains below is the case's own work,
/// rooted at `[harness]`. Cost spent in harness code itself becomes the `[harness]` frame's self cost.
package struct HarnessFolding: Sendable {
    /// The frame that replaces the harness.
    package static let frameName = "[harness]"

    /// Demangled-name fragments that mark a harness frame.
    package let markers: [String]

    /// The harness of perfbench: the event driver and its loop closure (the batch bookkeeping),
    /// the contended driver, `blackHole`, and the profile loop with its enable/disable calls (the
    /// optimizer may inline the loop into the sampler, so the sampler is a marker too).
    package static let standard = HarnessFolding(markers: [
        "PerfBenchKit.EventDriver",
        "PerfBenchKit.ContendedSelectInstance",
        "PerfBenchKit.blackHole",
        "PerfBenchKit.ProfileBatches",
        "PerfBenchKit.ProfileSampler",
        "PerfBenchKit.ProfileCallgrind",
        "PerfBenchKit.SamplingEvent",
        "PerfBenchKit.CallgrindControl",
        "cperf_sampling_",
        "cperf_callgrind_",
    ])

    /// A folding with the given markers.
    package init(markers: [String]) {
        self.markers = markers
    }

    /// Whether `frame` is harness code.
    package func isHarness(_ frame: String) -> Bool {
        frame == Self.frameName || markers.contains { frame.contains($0) }
    }

    /// `stack` (root first) with everything up to its innermost harness frame replaced by `[harness]`;
    /// unchanged when it has no harness frame (a chain the unwinder could not follow to the loop).
    package func fold(_ stack: [String]) -> [String] {
        guard let innermost = stack.lastIndex(where: isHarness) else { return stack }
        return [Self.frameName] + stack[(innermost + 1)...]
    }

    /// `profile` with every stack folded.
    package func fold(_ profile: StackProfile) -> StackProfile {
        profile.mapStacks(fold)
    }
}
