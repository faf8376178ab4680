#if canImport(Glibc)
import Glibc
#endif

/// A known cost added to the fixed side by the harness, per event: how the self-test measures the
/// smallest regression the gate detects (`SelfTest`). Applied after each batch for the batch's
/// events, so the totals per batch — the only thing any engine sees — are exactly as if each
/// event had paid it; the runtimes themselves are untouched.
package enum Perturbation: Sendable, Equatable, Codable, CustomStringConvertible {
    /// Busy-waits this many nanoseconds per event (on the monotonic clock): time, almost no instructions.
    case time(nanosecondsPerEvent: Double)
    /// Runs this many iterations of a dependent multiply-add per event: a few instructions each.
    case work(iterationsPerEvent: Int)
    /// Allocates and frees this many 16-byte blocks per event.
    case allocation(perEvent: Int)

    package var description: String {
        switch self {
        case .time(let nanoseconds): "time=\(nanoseconds)"
        case .work(let iterations): "work=\(iterations)"
        case .allocation(let count): "alloc=\(count)"
        }
    }

    /// Parses `time=NS`, `work=N` or `alloc=N` (the callgrind child's `--perturb`).
    package init?(parsing text: String) {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        switch parts[0] {
        case "time":
            guard let value = Double(parts[1]), value >= 0 else { return nil }
            self = .time(nanosecondsPerEvent: value)
        case "work":
            guard let value = Int(parts[1]), value >= 0 else { return nil }
            self = .work(iterationsPerEvent: value)
        case "alloc":
            guard let value = Int(parts[1]), value >= 0 else { return nil }
            self = .allocation(perEvent: value)
        default: return nil
        }
    }

    /// Pays this perturbation `events` times, in one go.
    func pay(events: Int) {
        switch self {
        case .time(let nanoseconds):
            let until = WallClockEngine.now(CLOCK_MONOTONIC) &+ UInt64(nanoseconds * Double(events))
            while WallClockEngine.now(CLOCK_MONOTONIC) < until {}
        case .work(let iterations):
            var state: UInt64 = 0x9E37_79B9_7F4A_7C15
            for _ in 0..<(iterations * events) { state = state &* 6_364_136_223_846_793_005 &+ 1 }
            blackHole(state)
        case .allocation(let count):
            for _ in 0..<(count * events) {
                let block = malloc(16)
                blackHole(block)
                free(block)
            }
        }
    }
}

/// Which cases' fixed sides pay which perturbation.
package struct PerturbationPlan: Sendable, Equatable {
    /// Per case id.
    package var byCase: [String: Perturbation]

    package init(byCase: [String: Perturbation]) {
        self.byCase = byCase
    }

    /// The same perturbation for every case in `ids`.
    package init(_ perturbation: Perturbation, cases ids: [String]) {
        byCase = Dictionary(uniqueKeysWithValues: ids.map { ($0, perturbation) })
    }

    /// `instance` (a fixed side of `caseID`) wrapped to pay its perturbation, or itself.
    package func apply(to instance: any CaseInstance, caseID: String) -> any CaseInstance {
        guard let perturbation = byCase[caseID] else { return instance }
        if let multithreaded = instance as? any MultithreadedCaseInstance {
            return PerturbedMultithreadedInstance(multithreaded, perturbation: perturbation)
        }
        return PerturbedInstance(instance, perturbation: perturbation)
    }
}

/// A case instance that pays a perturbation after every batch (package-visible for its tests).
package class PerturbedInstance: CaseInstance {
    fileprivate let inner: any CaseInstance
    let perturbation: Perturbation

    package init(_ inner: any CaseInstance, perturbation: Perturbation) {
        self.inner = inner
        self.perturbation = perturbation
    }

    package func run(events count: Int) -> UInt64 {
        let folded = inner.run(events: count)
        perturbation.pay(events: count)
        return folded
    }

    package func digest(events count: Int) -> UInt64 {
        inner.digest(events: count)
    }
}

/// The same for a case that runs on several threads: their costs still count.
package final class PerturbedMultithreadedInstance: PerturbedInstance, MultithreadedCaseInstance {
    private let threads: any MultithreadedCaseInstance

    init(_ inner: any MultithreadedCaseInstance, perturbation: Perturbation) {
        threads = inner
        super.init(inner, perturbation: perturbation)
    }

    package var otherThreadsCosts: OtherThreadsCosts { threads.otherThreadsCosts }

    package func countOtherThreadsAllocations(with counter: AllocationCounter) {
        threads.countOtherThreadsAllocations(with: counter)
    }
}
