import ComputeRuntime

/// A placement filter whose score is a hash of the node id bucketed into 1 024 values, so large
/// candidate lists contain ties and the tie-break runs. Same cost on both sides.
struct HashedScorePlacement: PlacementFilter {
    func placementScore(target: UInt64, artifact: Artifact) -> Float? {
        Float((target &* 0x9E37_79B9_7F4A_7C15) >> 54)
    }
}

/// `pickBestCandidate` over a fixed candidate list (#151: full sort vs one max pass).
final class PickBestWorkload<Scheduler: Scheduling>: EventWorkload {
    let scheduler: Scheduler
    let candidates: [UInt64]
    let tieBreak: TieBreakContext

    init(_ scheduler: Scheduler, candidates: [UInt64]) {
        self.scheduler = scheduler
        self.candidates = candidates
        tieBreak = TieBreakContext(index: scheduler.index)
    }

    func perform(_ artifact: Artifact) -> UInt64 {
        scheduler.pickBestCandidate(
            candidates, artifact: artifact, placement: HashedScorePlacement(), tieBreak: tieBreak) ?? 0
    }
}

/// One scheduler query per event: migration targets (#156/#164) or drained placement (#157).
final class SchedulerQueryWorkload<Scheduler: Scheduling>: EventWorkload {
    let scheduler: Scheduler

    init(_ scheduler: Scheduler) {
        self.scheduler = scheduler
    }

    func perform(_ query: SchedulerQuery) -> UInt64 {
        switch query {
        case .migrationTargets(let filter, let source):
            let targets = scheduler.findMigrationTargets(filter, sourceNode: source)
            return UInt64(targets.count) &* 31 &+ (targets.first ?? 0)
        case .drainedPlacement(let filter):
            do {
                let decision = try scheduler.placeWithLocality(filter, localDrained: true)
                return decision.nodeID &* 8 &+ (decision.reason == .firstMatch ? 1 : 2)
            } catch {
                return 0xE000_0000_0000_0000
            }
        }
    }
}

/// A scheduler call of `SchedulerQueryWorkload`.
enum SchedulerQuery: Sendable {
    case migrationTargets(CapabilityFilter, source: UInt64)
    case drainedPlacement(CapabilityFilter)
}

/// The capability index a scheduler case queries: `count` nodes 1...count; every third carries the
/// migration tag, every node the `gpu` tag; the local node is node 1.
enum SchedulerFixture {
    static let migrationTag = "subprotocol:0x0500"

    static func index(nodes count: Int) -> CapabilityIndex {
        let index = CapabilityIndex()
        for node in 1...max(count, 1) {
            var tags: Set<String> = ["gpu", "zone:eu"]
            if node % 3 != 0 { tags.insert(migrationTag) }
            index.index(nodeID: UInt64(node), caps: CapabilitySet(tags: tags), version: 1)
        }
        return index
    }

    /// - Parameter localCanRun: whether the local node (1) satisfies `daemonFilter` itself; when it
    ///   does, `place` answers `localPreferred` without querying the index.
    static func make<Scheduler: Scheduling>(_ type: Scheduler.Type, nodes: Int, localCanRun: Bool = true) -> Scheduler {
        let localCaps = localCanRun ? CapabilitySet(tags: ["gpu", "zone:eu"]) : CapabilitySet(tags: [])
        return Scheduler(index: index(nodes: nodes), localNodeID: 1, localCaps: localCaps)
    }

    /// A daemon filter with a few requirements, as a real placement carries.
    static let daemonFilter = CapabilityFilter().requireTag("gpu").requireTag("zone:eu")
}
