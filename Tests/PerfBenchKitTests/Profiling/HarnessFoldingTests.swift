import PerfBenchKit
import XCTest

final class HarnessFoldingTests: XCTestCase {
    let loop =
        "closure #1 (Swift.Int, Swift.Bool) -> Swift.UInt64 in PerfBenchKit.EventDriver.init(A, events: [A.Event])"
    let work = "PerfBenchKit.SelectCompleteWorkload.perform(ComputeRuntime.RequestContext) -> Swift.UInt64"

    func testFold_cutsEverythingUpToTheInnermostHarnessFrame() {
        let stack = [
            "_start", "main", "perfbench.ProfileCommand.run()", "static PerfBenchKit.ProfileBatches.sample()",
            loop, work, "LegacyBaseline.LoadBalancer.select()",
        ]

        XCTAssertEqual(
            HarnessFolding.standard.fold(stack), ["[harness]", work, "LegacyBaseline.LoadBalancer.select()"])
    }

    func testFold_costInTheLoopItselfBecomesHarnessSelfCost() {
        XCTAssertEqual(HarnessFolding.standard.fold(["main", loop]), ["[harness]"])
        XCTAssertEqual(
            HarnessFolding.standard.fold(["main", loop, "PerfBenchKit.blackHole<A>(A) -> ()"]), ["[harness]"])
    }

    func testFold_enableAndDisableCallsOfTheProfileLoopAreHarness() {
        let sampler = "static PerfBenchKit.ProfileSampler.profile(_:parameters:request:why:)"

        XCTAssertEqual(
            HarnessFolding.standard.fold(["main", sampler, "cperf_sampling_disable", "ioctl"]), ["[harness]", "ioctl"])
    }

    func testFold_stackWithoutHarnessFrameIsKept() {
        XCTAssertEqual(HarnessFolding.standard.fold(["memmove"]), ["memmove"])
    }

    func testFoldProfile_mergesStacksThatBecomeEqual() {
        var profile = StackProfile()
        profile.add(["main", loop, work], count: 2)
        profile.add(["start", "main", loop, work], count: 3)

        XCTAssertEqual(HarnessFolding.standard.fold(profile).stacks, [["[harness]", work]: 5])
    }
}
