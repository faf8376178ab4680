import Synchronization

/// Upstream's `MAX_RESERVATION_RETRIES`.
let maxReservationAttempts = 4

extension LoadBalancer {
    /// #160: quarter totals below this convert to `Double` exactly (2^53).
    static let exactQuarterLimit: UInt64 = 1 << 53

    /// Picks and reserves an endpoint (spec §1.9).
    ///
    /// #148: reads the published snapshot (no lock, no map walk, no list). When the blocker totals
    /// prove the filter would keep everything, an attempt skips it (`chooseWithoutFilter`);
    /// otherwise the attempt's candidate list is a bitmap built from the cached exclusions
    /// (`chooseAfterFilter`, in `LoadBalancer+Filter.swift`).
    public func select(_ context: RequestContext) throws(LoadBalancerError) -> Selection {
        totalSelections.wrappingAdd(1, ordering: .relaxed)
        let base = rrCounter.wrappingAdd(1, ordering: .relaxed).oldValue
        return try withSnapshot { table throws(LoadBalancerError) in
            try reserve(table, context, base: base)
        }
    }

    /// The reservation loop (spec §1.9 step 3).
    @inline(__always)
    private func reserve(_ table: EndpointTable, _ context: RequestContext, base: UInt64) throws(LoadBalancerError)
        -> Selection
    {
        let maxConnections = config.maxConnectionsPerEndpoint
        for attempt in 0..<maxReservationAttempts {
            let counter = base &+ UInt64(attempt)
            // #163: a retry re-filters the snapshot in place; no walk of a map, no allocation.
            let (position, reason) =
                if let fast = try chooseWithoutFilter(table, context, counter: counter) {
                    fast
                } else {
                    try chooseAfterFilter(table, context, counter: counter)
                }
            let selection: Selection? = table.state(at: position)._withUnsafeGuaranteedRef { state in
                let selection = Selection(
                    nodeID: state.nodeID, weight: state.weight, loadScore: state.loadScore(), reason: reason)
                // #148: the live state stands in for the authoritative map lookup: a removed (or
                // replaced) state is "not in the map", so this attempt is skipped.
                if state.removed.load(ordering: .acquiring) { return nil }
                var claimed = false
                if state.circuitOpen.load(ordering: .sequentiallyConsistent) {
                    guard
                        state.halfOpenProbe.compareExchange(
                            expected: false, desired: true, ordering: .sequentiallyConsistent
                        ).exchanged
                    else { return nil }
                    claimed = true
                }
                let (reserved, change) = state.tryRecordRequest(maxConnections: maxConnections)
                apply(change)
                if reserved { return selection }
                if claimed { state.halfOpenProbe.store(false, ordering: .sequentiallyConsistent) }
                return nil
            }
            if let selection { return selection }
        }
        failedSelections.wrappingAdd(1, ordering: .relaxed)
        throw .noEndpointsAvailable
    }

    /// #148 fast path: when the blocker totals are all zero and no tag is required, the filter would
    /// keep every endpoint, so the candidates are the whole snapshot or, for a client zone with
    /// matches, exactly that zone's endpoints (spec §1.8: matches are taken out of `available`, and
    /// with no match `available` is everything). Returns nil when the filter must run, including
    /// when the chosen endpoint turns out to be excluded after all (a removal or trip racing with
    /// this select, or a selector on a superseded snapshot): the slow path then redoes the attempt.
    @inline(__always)
    func chooseWithoutFilter(_ table: EndpointTable, _ context: RequestContext, counter: UInt64)
        throws(LoadBalancerError) -> (Int, SelectionReason)?
    {
        guard context.requiredTags.isEmpty, unavailableCount.load(ordering: .sequentiallyConsistent) == 0,
            circuitOpenCount.load(ordering: .sequentiallyConsistent) == 0,
            atCapacityCount.load(ordering: .sequentiallyConsistent) == 0
        else { return nil }
        let chosen: (Int, SelectionReason)
        if config.zoneAware, let clientZone = context.clientZone {
            if let zone = table.zoneCandidates(clientZone) {
                chosen = choose(table, zone, context, counter: counter)
            } else if !config.zoneFallback || table.count == 0 {
                throw .noEndpointsAvailable
            } else {
                chosen = choose(table, AllCandidates(count: table.count), context, counter: counter)
            }
        } else {
            if table.count == 0 { throw .noEndpointsAvailable }
            chosen = choose(table, AllCandidates(count: table.count), context, counter: counter)
        }
        let maxConnections = config.maxConnectionsPerEndpoint
        let included = withState(table, chosen.0) { state in
            state.isAvailable() && !state.circuitOpen.load(ordering: .sequentiallyConsistent)
                && state.connections.load(ordering: .sequentiallyConsistent) < maxConnections
        }
        return included ? chosen : nil
    }

    @inline(__always)
    func withState<R>(_ table: EndpointTable, _ position: Int, _ body: (EndpointState) -> R) -> R {
        table.state(at: position)._withUnsafeGuaranteedRef(body)
    }

    /// Applies the configured strategy; returns the chosen position and reason.
    @inline(__always)
    func choose(
        _ table: EndpointTable, _ candidates: some CandidateList, _ context: RequestContext, counter: UInt64
    ) -> (Int, SelectionReason) {
        switch config.strategy {
        case .roundRobin: return roundRobin(candidates, offset: counter)
        case .weightedRoundRobin: return weightedRoundRobin(table, candidates, counter: counter)
        case .leastConnections: return leastConnections(table, candidates)
        case .weightedLeastConnections: return weightedLeastConnections(table, candidates)
        case .random: return randomChoice(candidates)
        case .weightedRandom: return weightedRandom(table, candidates)
        case .consistentHash: return consistentHash(table, candidates, context)
        case .leastLatency: return leastLatency(table, candidates)
        case .leastLoad: return leastLoad(table, candidates)
        case .powerOfTwo: return powerOfTwo(table, candidates)
        case .adaptive: return adaptive(table, candidates, context)
        }
    }

    @inline(__always)
    func roundRobin(_ candidates: some CandidateList, offset: UInt64) -> (Int, SelectionReason) {
        (candidates.position(ofRank: Int(offset % UInt64(candidates.count))), .roundRobin)
    }

    func standaloneRoundRobin(_ candidates: some CandidateList) -> (Int, SelectionReason) {
        roundRobin(candidates, offset: rrCounter.wrappingAdd(1, ordering: .relaxed).oldValue)
    }

    /// Σ effective weight over the candidates, in candidate order.
    ///
    /// #160: when every endpoint is a candidate, the maintained total in quarters converts to exactly
    /// this sum. Every effective weight is a multiple of 0.25, and so is every partial sum of the
    /// legacy loop; each partial sum is at most the total, and below 2^51 a `Double` holds every
    /// multiple of 0.25 exactly, so each of legacy's additions is exact and its result is the true
    /// sum, which is `Double(quarters) / 4` (exact below 2^53 quarters). At or above that bound
    /// (over 500 000 endpoints of maximal weight) the sum is recomputed like legacy's.
    @inline(__always)
    func candidateWeightTotal(_ table: EndpointTable, _ candidates: some CandidateList) -> Double {
        if candidates.count == table.count {
            let quarters = totalWeightQuarters.load(ordering: .acquiring)
            if quarters < Self.exactQuarterLimit { return Double(quarters) * 0.25 }
        }
        var total = 0.0
        candidates.forEach { position in
            total += withState(table, position) { $0.effectiveWeight() }
            return true
        }
        return total
    }

    func weightedRoundRobin(_ table: EndpointTable, _ candidates: some CandidateList, counter: UInt64) -> (
        Int, SelectionReason
    ) {
        let total = candidateWeightTotal(table, candidates)
        if !(total > 0) { return roundRobin(candidates, offset: counter) }
        let wheel = max(1, saturatingUInt64(total.rounded(.up)))
        let target = Double(counter % wheel)
        var running = 0.0
        var chosen = candidates.first
        candidates.forEach { position in
            running += withState(table, position) { $0.effectiveWeight() }
            if running > target {
                chosen = position
                return false
            }
            return true
        }
        return (chosen, .weighted)
    }

    func leastConnections(_ table: EndpointTable, _ candidates: some CandidateList) -> (Int, SelectionReason) {
        var best = -1
        var bestConnections = UInt32.max
        candidates.forEach { position in
            let connections = withState(table, position) { $0.connections.load(ordering: .sequentiallyConsistent) }
            if best < 0 || connections < bestConnections {
                best = position
                bestConnections = connections
            }
            return true
        }
        return (best, .leastConnections)
    }

    func weightedLeastConnections(_ table: EndpointTable, _ candidates: some CandidateList) -> (Int, SelectionReason) {
        var best = -1
        var bestKey = Int64.max
        candidates.forEach { position in
            let key = withState(table, position) { state in
                (Double(state.connections.load(ordering: .sequentiallyConsistent))
                    / Double.maximum(state.effectiveWeight(), 1e-6)).totalOrderKey
            }
            if best < 0 || key < bestKey {
                best = position
                bestKey = key
            }
            return true
        }
        return (best, .leastConnections)
    }

    func randomChoice(_ candidates: some CandidateList) -> (Int, SelectionReason) {
        (candidates.position(ofRank: Int(random.next() % UInt64(candidates.count))), .random)
    }

    func weightedRandom(_ table: EndpointTable, _ candidates: some CandidateList) -> (Int, SelectionReason) {
        let total = candidateWeightTotal(table, candidates)
        if total <= 0 { return randomChoice(candidates) }
        let target = random.nextUnit() * total
        var running = 0.0
        var chosen = candidates.first
        candidates.forEach { position in
            running += withState(table, position) { $0.effectiveWeight() }
            if running >= target {
                chosen = position
                return false
            }
            return true
        }
        return (chosen, .weighted)
    }

    /// #150/#169: binary search in the pre-sorted ring, O(1) candidate test per probed entry.
    func consistentHash(_ table: EndpointTable, _ candidates: some CandidateList, _ context: RequestContext) -> (
        Int, SelectionReason
    ) {
        let hash: UInt64
        if let key = context.routingKey {
            hash = FNV1a.hash(key)
        } else if let key = context.sessionID {
            hash = FNV1a.hash(key)
        } else if let key = context.requestID {
            hash = FNV1a.hash(key)
        } else {
            return standaloneRoundRobin(candidates)
        }
        let keys = table.ringKeys
        let count = keys.count
        if count == 0 { return standaloneRoundRobin(candidates) }
        var index = ConsistentHashRing.lowerBound(keys, hash)
        if index == count { index = 0 }
        for _ in 0..<count {
            let position = Int(table.ringPositions[index])
            if candidates.contains(position) { return (position, .consistentHash) }
            index += 1
            if index == count { index = 0 }
        }
        return standaloneRoundRobin(candidates)
    }

    func leastLatency(_ table: EndpointTable, _ candidates: some CandidateList) -> (Int, SelectionReason) {
        var best = -1
        var bestKey = Int64.max
        candidates.forEach { position in
            // #149: read in place from the published box. #165: one pass, no copies; the first
            // minimum in candidate order wins, as upstream's `min_by` (a heap was judged not worth it).
            let key = withState(table, position) { $0.metrics.pointee.avgResponseTimeMs.totalOrderKey }
            if best < 0 || key < bestKey {
                best = position
                bestKey = key
            }
            return true
        }
        return (best, .leastLatency)
    }

    func leastLoad(_ table: EndpointTable, _ candidates: some CandidateList) -> (Int, SelectionReason) {
        var best = -1
        var bestKey = Int64.max
        candidates.forEach { position in
            let key = withState(table, position) { $0.loadScore().totalOrderKey }
            if best < 0 || key < bestKey {
                best = position
                bestKey = key
            }
            return true
        }
        return (best, .leastLoad)
    }

    func powerOfTwo(_ table: EndpointTable, _ candidates: some CandidateList) -> (Int, SelectionReason) {
        let count = candidates.count
        if count < 2 { return standaloneRoundRobin(candidates) }
        let firstRank = Int(random.next() % UInt64(count))
        var secondRank = Int(random.next() % UInt64(count))
        if secondRank == firstRank { secondRank = (firstRank + 1) % count }
        let first = candidates.position(ofRank: firstRank)
        let second = candidates.position(ofRank: secondRank)
        let firstConnections = withState(table, first) { $0.connections.load(ordering: .sequentiallyConsistent) }
        let secondConnections = withState(table, second) { $0.connections.load(ordering: .sequentiallyConsistent) }
        return (firstConnections <= secondConnections ? first : second, .powerOfTwo)
    }

    func adaptive(_ table: EndpointTable, _ candidates: some CandidateList, _ context: RequestContext) -> (
        Int, SelectionReason
    ) {
        var sum = 0.0
        candidates.forEach { position in
            sum += withState(table, position) { $0.loadScore() }
            return true
        }
        if sum / Double(candidates.count) > 0.7 { return leastConnections(table, candidates) }
        if context.sessionID != nil || context.routingKey != nil { return consistentHash(table, candidates, context) }
        return weightedRoundRobin(
            table, candidates, counter: rrCounter.wrappingAdd(1, ordering: .relaxed).oldValue)
    }
}
