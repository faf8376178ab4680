import ComputeRuntime

/// One step of a scheduler parity script.
public enum SchedulerOperation: Sendable, CustomStringConvertible {
    case index(node: UInt64, caps: CapabilitySet, version: UInt64)
    case remove(node: UInt64)
    case placeWithLocality(CapabilityFilter, localDrained: Bool)
    case queryCandidates(CapabilityFilter)
    case findMigrationTargets(CapabilityFilter, source: UInt64)
    case placeMigration(CapabilityFilter, source: UInt64)
    case placeMigrationV2(CapabilityFilter, source: UInt64)
    case selectMigrationTarget(CapabilityFilter, source: UInt64, scores: [UInt64: Float], rtt: [UInt64: UInt64]?)
    case selectMemberNode(CapabilityFilter, exclude: Set<UInt64>, scores: [UInt64: Float], rtt: [UInt64: UInt64]?)
    case pickBestCandidate([UInt64], scores: [UInt64: Float], rtt: [UInt64: UInt64]?)

    public var description: String {
        switch self {
        case .index(let node, let caps, let version): "index(\(node), v\(version), \(caps))"
        case .remove(let node): "remove(\(node))"
        case .placeWithLocality(let filter, let drained): "placeWithLocality(\(filter), drained: \(drained))"
        case .queryCandidates(let filter): "queryCandidates(\(filter))"
        case .findMigrationTargets(let filter, let source): "findMigrationTargets(\(filter), source: \(source))"
        case .placeMigration(let filter, let source): "placeMigration(\(filter), source: \(source))"
        case .placeMigrationV2(let filter, let source): "placeMigrationV2(\(filter), source: \(source))"
        case .selectMigrationTarget(let filter, let source, let scores, let rtt):
            "selectMigrationTarget(\(filter), source: \(source), scores: \(scores), rtt: \(String(describing: rtt)))"
        case .selectMemberNode(let filter, let exclude, let scores, let rtt):
            "selectMemberNode(\(filter), exclude: \(exclude.sorted()), scores: \(scores), rtt: \(String(describing: rtt)))"
        case .pickBestCandidate(let candidates, let scores, let rtt):
            "pickBestCandidate(\(candidates), scores: \(scores), rtt: \(String(describing: rtt)))"
        }
    }
}

/// What one scheduler step produced.
public enum SchedulerObservation: Sendable, Equatable {
    case done
    case decision(PlacementDecision)
    case failure(SchedulerError)
    case nodes([UInt64])
    case node(UInt64?)
}

/// Generates scheduler parity scripts from a seed and runs them on either runtime.
public enum SchedulerScript {
    /// Node ids come from a small pool so ties, vetoes and re-announcements are frequent.
    static let nodePool: [UInt64] = Array(1...16) + [0x1111, 0x2222, 0xFFFF_FFFF_FFFF_FFFF]
    static let tagPool = ["a", "b", "c"]
    static let scorePool: [Float?] = [1, 1, 2, 2, 0.5, 0, -0.0, -3, .nan, .infinity, -.infinity, nil]

    /// A script of `count` steps generated from `seed`; the same seed always gives the same script.
    public static func generate(seed: UInt64, count: Int) -> [SchedulerOperation] {
        var random = SplitMix64(seed: seed)
        var operations: [SchedulerOperation] = []
        var version: UInt64 = 0
        for _ in 0..<8 {
            version += 1
            operations.append(.index(node: node(&random), caps: caps(&random), version: version))
        }
        for _ in 0..<count {
            switch random.next() % 12 {
            case 0, 1:
                version += 1
                // An occasional stale version exercises the "newer only" rule.
                let announced = random.next() % 5 == 0 ? version / 2 : version
                operations.append(.index(node: node(&random), caps: caps(&random), version: announced))
            case 2: operations.append(.remove(node: node(&random)))
            case 3: operations.append(.placeWithLocality(filter(&random), localDrained: random.next() % 2 == 0))
            case 4: operations.append(.queryCandidates(filter(&random)))
            case 5: operations.append(.findMigrationTargets(filter(&random), source: node(&random)))
            case 6: operations.append(.placeMigration(filter(&random), source: node(&random)))
            case 7: operations.append(.placeMigrationV2(filter(&random), source: node(&random)))
            case 8:
                operations.append(
                    .selectMigrationTarget(
                        filter(&random), source: node(&random), scores: scores(&random), rtt: rtt(&random)))
            case 9:
                let exclude = Set((0..<random.next() % 4).map { _ in node(&random) })
                operations.append(
                    .selectMemberNode(filter(&random), exclude: exclude, scores: scores(&random), rtt: rtt(&random)))
            default:
                let candidates = (0..<random.next() % 12).map { _ in node(&random) }
                operations.append(.pickBestCandidate(candidates, scores: scores(&random), rtt: rtt(&random)))
            }
        }
        return operations
    }

    /// Runs `operations` on a fresh scheduler of `type` with its own index.
    public static func run<S: Scheduling>(
        _ operations: [SchedulerOperation], on type: S.Type, localNodeID: UInt64, localCaps: CapabilitySet
    ) -> [SchedulerObservation] {
        let index = CapabilityIndex()
        let scheduler = S(index: index, localNodeID: localNodeID, localCaps: localCaps)
        func tieBreak(_ rtt: [UInt64: UInt64]?) -> TieBreakContext {
            guard let rtt else { return TieBreakContext(rttLookup: nil, index: index) }
            let lookup: @Sendable (UInt64) -> UInt64? = { rtt[$0] }
            return TieBreakContext(rttLookup: lookup, index: index)
        }
        func decision(_ body: () throws(SchedulerError) -> PlacementDecision) -> SchedulerObservation {
            do { return .decision(try body()) } catch { return .failure(error) }
        }
        return operations.map { operation in
            switch operation {
            case .index(let node, let caps, let version):
                index.index(nodeID: node, caps: caps, version: version)
                return .done
            case .remove(let node):
                index.remove(nodeID: node)
                return .done
            case .placeWithLocality(let filter, let drained):
                return decision { () throws(SchedulerError) in
                    try scheduler.placeWithLocality(filter, localDrained: drained)
                }
            case .queryCandidates(let filter):
                return .nodes(scheduler.queryCandidates(filter))
            case .findMigrationTargets(let filter, let source):
                return .nodes(scheduler.findMigrationTargets(filter, sourceNode: source))
            case .placeMigration(let filter, let source):
                return decision { () throws(SchedulerError) in try scheduler.placeMigration(filter, sourceNode: source)
                }
            case .placeMigrationV2(let filter, let source):
                return decision { () throws(SchedulerError) in
                    try scheduler.placeMigrationV2(filter, sourceNode: source)
                }
            case .selectMigrationTarget(let filter, let source, let scores, let rtt):
                return .node(
                    scheduler.selectMigrationTarget(
                        artifact: .anonymousDaemon, daemonFilter: filter, sourceNode: source,
                        placement: ScoreTablePlacement(scores), tieBreak: tieBreak(rtt)))
            case .selectMemberNode(let filter, let exclude, let scores, let rtt):
                return .node(
                    scheduler.selectMemberNode(
                        artifact: .anonymousDaemon, requirements: filter, exclude: exclude,
                        placement: ScoreTablePlacement(scores), tieBreak: tieBreak(rtt)))
            case .pickBestCandidate(let candidates, let scores, let rtt):
                return .node(
                    scheduler.pickBestCandidate(
                        candidates, artifact: .anonymousDaemon, placement: ScoreTablePlacement(scores),
                        tieBreak: tieBreak(rtt)))
            }
        }
    }

    static func node(_ random: inout SplitMix64) -> UInt64 {
        nodePool[Int(random.next() % UInt64(nodePool.count))]
    }

    /// Capabilities over a few tags (the migration tag included), memory sizes, GPUs and models.
    public static func caps(_ random: inout SplitMix64) -> CapabilitySet {
        var tags = Set(tagPool.filter { _ in random.next() % 2 == 0 })
        if random.next() % 2 == 0 { tags.insert(SubprotocolTag.migration) }
        let vendors = GPUVendor.allCases
        let gpu: CapabilitySet.GPU? =
            random.next() % 2 == 0
            ? CapabilitySet.GPU(
                vendor: vendors[Int(random.next() % UInt64(vendors.count))], vramGB: UInt32(random.next() % 4) * 8)
            : nil
        let models = ["m1", "m2"].filter { _ in random.next() % 2 == 0 }.map { id in
            CapabilitySet.Model(
                id: id, contextLength: UInt32(random.next() % 3) * 4096,
                modalities: Modality.allCases.filter { _ in random.next() % 3 == 0 })
        }
        return CapabilitySet(
            tags: tags, hardware: .init(memoryGB: UInt32(random.next() % 4) * 16, gpu: gpu),
            models: models, tools: random.next() % 2 == 0 ? [.init(id: "t1")] : [])
    }

    /// A filter usually light enough that several nodes match.
    public static func filter(_ random: inout SplitMix64) -> CapabilityFilter {
        var filter = CapabilityFilter()
        for tag in tagPool where random.next() % 4 == 0 { filter = filter.requireTag(tag) }
        switch random.next() % 8 {
        case 0: filter = filter.withMinMemory(UInt32(random.next() % 4) * 16)
        case 1: filter = filter.requireGpu()
        case 2: filter = filter.withGpuVendor(GPUVendor.allCases[Int(random.next() % 6)])
        case 3: filter = filter.withMinVram(UInt32(random.next() % 3) * 8)
        case 4: filter = filter.requireModel("m1").requireModel("m3")
        case 5: filter = filter.withMinContext(UInt32(random.next() % 3) * 4096).requireModality(.text)
        case 6: filter = filter.requireTool("t1")
        default: break
        }
        return filter
    }

    static func scores(_ random: inout SplitMix64) -> [UInt64: Float] {
        var scores: [UInt64: Float] = [:]
        for node in nodePool {
            if let score = scorePool[Int(random.next() % UInt64(scorePool.count))] { scores[node] = score }
        }
        return scores
    }

    static func rtt(_ random: inout SplitMix64) -> [UInt64: UInt64]? {
        guard random.next() % 2 == 0 else { return nil }
        var table: [UInt64: UInt64] = [:]
        for node in nodePool where random.next() % 3 != 0 { table[node] = random.next() % 3 }
        return table
    }
}
