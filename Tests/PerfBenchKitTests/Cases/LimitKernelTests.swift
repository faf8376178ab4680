import XCTest

@testable import PerfBenchKit

/// Every limit kernel answers as the fixed runtime does on its case's event stream, and allocates
/// nothing per event.
final class LimitKernelTests: XCTestCase {
    private let limited = CaseCatalog.standard.cases.filter(\.hasLimit)
    /// The limited cases cheap to build unoptimized: the fixed consistent-hash ring of 1 000 endpoints
    /// merges 150 keys into the whole ring per registration (about 10^8 steps, half a minute here in a
    /// debug build); its kernel is exercised at every other size.
    private var quickToBuild: [BenchCase] {
        limited.filter { $0.id.description != "lb.select.consistentHash.n1000" }
    }

    /// The fixed side and the limit of `benchCase`, built with `overrides`.
    private func pair(_ benchCase: BenchCase, _ overrides: [ParameterOverride] = []) throws -> (
        fixed: any CaseInstance, limit: any CaseInstance
    ) {
        let parameters = try benchCase.resolve(overrides)
        return (
            benchCase.makeInstance(.fixed, parameters: parameters),
            try XCTUnwrap(benchCase.makeInstance(for: .limit, parameters: parameters), "\(benchCase.id)")
        )
    }

    /// Compares event by event (each step's output and resulting state), then over a long stretch.
    private func assertSameAnswers(
        _ benchCase: BenchCase, _ overrides: [ParameterOverride] = [], file: StaticString = #filePath,
        line: UInt = #line
    ) throws {
        let (fixed, limit) = try pair(benchCase, overrides)
        for step in 0..<64 {
            XCTAssertEqual(
                limit.digest(events: 1), fixed.digest(events: 1), "\(benchCase.id) \(overrides): event \(step)",
                file: file, line: line)
        }
        let events = min(2_000, benchCase.maxExactPassEvents)
        XCTAssertEqual(
            limit.digest(events: events), fixed.digest(events: events),
            "\(benchCase.id) \(overrides): \(events) more events", file: file, line: line)
    }

    func testEveryHotFamilyHasALimitKernel() {
        let ids = Set(limited.map(\.id.description))

        for id in [
            "lb.select.roundRobin.n100", "lb.select.consistentHash.n100", "lb.select.leastLatency.n100",
            "lb.select.leastLoad.n100", "sched.pickBest.hashedScores.n100", "group.originHash.lookup.n100",
            "chain.parentHash.streaming.b64", "daemon.deliver.noOutput.o16", "group.healthyCount.scan.n100",
            "lb_scaling.select.roundRobin.n500", "lb_strategies.select.consistent_hash.n10",
        ] {
            XCTAssertTrue(ids.contains(id), "\(id) has no limit kernel")
        }
    }

    func testCasesWithoutAKernelMeasureTwoSides() throws {
        let benchCase = try XCTUnwrap(CaseCatalog.standard.cases.first { $0.id.description == "lb.select.random.n100" })

        XCTAssertFalse(benchCase.hasLimit)
        XCTAssertEqual(benchCase.sides, [.legacy, .fixed])
        XCTAssertNil(benchCase.makeInstance(for: .limit, parameters: try benchCase.resolve([])))
    }

    func testEveryKernelAnswersAsTheFixedRuntimeOnItsCaseStream() throws {
        XCTAssertFalse(quickToBuild.isEmpty)
        for benchCase in quickToBuild {
            try assertSameAnswers(benchCase)
        }
    }

    func testBalancerKernelsAnswerAsTheFixedRuntimeAtOtherSizes() throws {
        let sweeps = limited.filter { $0.id.component == "lb" && $0.id.variant != "consistentHash" }
        for benchCase in sweeps where benchCase.id.size == "n100" {
            for endpoints in [1, 2, 37, 257] {
                try assertSameAnswers(benchCase, [ParameterOverride(name: "endpoints", value: endpoints)])
            }
        }
        let ring = try XCTUnwrap(limited.first { $0.id.description == "lb.select.consistentHash.n10" })
        for (endpoints, sessions) in [(1, 1), (3, 64), (41, 500)] {
            try assertSameAnswers(
                ring,
                [
                    ParameterOverride(name: "endpoints", value: endpoints),
                    ParameterOverride(name: "sessions", value: sessions),
                ])
        }
    }

    func testGroupAndChainKernelsAnswerAsTheFixedRuntimeAtOtherSizes() throws {
        let cases: [(String, String, [Int])] = [
            ("group.originHash.lookup.n10", "members", [1, 3, 200, 255]),
            ("sched.pickBest.hashedScores.n10", "candidates", [1, 2, 1_500]),
            ("daemon.deliver.noOutput.o1", "origins", [2, 5, 100, 4_096]),
            ("chain.parentHash.streaming.b64", "payloadBytes", [0, 1, 240, 5_000]),
            ("group.healthyCount.scan.n100", "members", [1, 255]),
        ]
        for (id, parameter, values) in cases {
            let benchCase = try XCTUnwrap(limited.first { $0.id.description == id }, id)
            for value in values {
                try assertSameAnswers(benchCase, [ParameterOverride(name: parameter, value: value)])
            }
        }
    }

    func testKernelsAllocateNothingPerEvent() throws {
        let pass = try XCTUnwrap(AllocationPass.makeIfExact(), "jemalloc is linked into the test process")

        for benchCase in quickToBuild {
            let limit = try XCTUnwrap(benchCase.makeInstance(for: .limit, parameters: try benchCase.resolve([])))
            let counted = try pass.perEvent(limit, events: 300)

            XCTAssertEqual(counted.allocations, 0, "\(benchCase.id)")
            XCTAssertEqual(counted.bytes, 0, "\(benchCase.id)")
        }
    }
}
