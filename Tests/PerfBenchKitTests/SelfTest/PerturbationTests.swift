import XCTest

@testable import PerfBenchKit

#if canImport(Glibc)
    import Glibc
#endif

final class PerturbationTests: XCTestCase {
    func testParse_readsEachKindAndRejectsTheRest() {
        XCTAssertEqual(Perturbation(parsing: "time=12.5"), .time(nanosecondsPerEvent: 12.5))
        XCTAssertEqual(Perturbation(parsing: "work=3"), .work(iterationsPerEvent: 3))
        XCTAssertEqual(Perturbation(parsing: "alloc=1"), .allocation(perEvent: 1))
        for text in ["time", "work=-1", "alloc=x", "lock=1", "time=-3"] {
            XCTAssertNil(Perturbation(parsing: text), text)
        }
        XCTAssertEqual(Perturbation(parsing: Perturbation.work(iterationsPerEvent: 7).description), .work(iterationsPerEvent: 7))
    }

    func testAllocationPerturbation_allocatesExactlyOncePerEvent() throws {
        let counter = try AllocationCounter.make()
        let perturbed = PerturbedInstance(Steady(), perturbation: .allocation(perEvent: 1))
        blackHole(perturbed.run(events: 10))  // warm-up

        let before = counter.snapshot()
        blackHole(perturbed.run(events: 1_000))
        let used = counter.snapshot().delta(since: before)

        XCTAssertEqual(used.allocations, 1_000)
        XCTAssertEqual(used.frees, 1_000)
    }

    func testTimePerturbation_waitsAtLeastItsNanosecondsTimesTheEvents() {
        let perturbed = PerturbedInstance(Steady(), perturbation: .time(nanosecondsPerEvent: 2_000))

        let start = WallClockEngine.now(CLOCK_MONOTONIC)
        blackHole(perturbed.run(events: 500))
        let elapsed = WallClockEngine.now(CLOCK_MONOTONIC) - start

        // A busy-wait on the monotonic clock cannot end before its deadline: a lower bound, not a speed.
        XCTAssertGreaterThanOrEqual(elapsed, 1_000_000)
    }

    func testPerturbation_keepsTheInnerOutputsAndDigest() {
        let perturbed = PerturbedInstance(Steady(), perturbation: .work(iterationsPerEvent: 5))

        XCTAssertEqual(perturbed.run(events: 7), Steady().run(events: 7))
        XCTAssertEqual(perturbed.digest(events: 7), Steady().digest(events: 7))
    }

    func testPlan_wrapsOnlyTheCasesItNames() {
        let plan = PerturbationPlan(.allocation(perEvent: 1), cases: ["a.b.c.n1"])

        XCTAssertTrue(plan.apply(to: Steady(), caseID: "a.b.c.n1") is PerturbedInstance)
        XCTAssertFalse(plan.apply(to: Steady(), caseID: "a.b.c.n2") is PerturbedInstance)
    }

    func testSmallestDetected_needsEveryLargerStepDetectedToo() {
        XCTAssertEqual(SelfTestCase.smallestDetected([0.1, 0.15, 0.25, 0.5], [false, true, true, true]), 0.15)
        XCTAssertEqual(SelfTestCase.smallestDetected([0.1, 0.15, 0.25, 0.5], [true, false, true, true]), 0.25)
        XCTAssertNil(SelfTestCase.smallestDetected([0.1, 0.5], [true, false]))
        XCTAssertEqual(SelfTestCase.smallestDetected([4, 8], [true, true]), 4)
    }

    private final class Steady: CaseInstance {
        func run(events count: Int) -> UInt64 { UInt64(count) &* 3 }
        func digest(events count: Int) -> UInt64 { UInt64(count) &* 5 }
    }
}
