import ComputeRuntime
import Synchronization

/// Upstream's `MAX_RESERVATION_RETRIES`.
let maxReservationAttempts = 4

extension LoadBalancer {
    /// Picks and reserves an endpoint (spec §1.9).
    public func select(_ context: RequestContext) throws(LoadBalancerError) -> Selection {
        totalSelections.wrappingAdd(1, ordering: .sequentiallyConsistent)
        let base = rrCounter.wrappingAdd(1, ordering: .sequentiallyConsistent).oldValue
        for attempt in 0..<maxReservationAttempts {
            // #163 legacy cost: every attempt re-runs the full walk and rebuilds the lists.
            let available = try availableEndpoints(context)
            let selection = applyStrategy(config.strategy, available, context, counter: base &+ UInt64(attempt))
            guard let state = table.lookup(selection.nodeID) else { continue }
            var claimed = false
            if state.circuitOpen.load(ordering: .sequentiallyConsistent) {
                guard
                    state.halfOpenProbe.compareExchange(
                        expected: false, desired: true, ordering: .sequentiallyConsistent
                    ).exchanged
                else { continue }
                claimed = true
            }
            if state.tryRecordRequest(maxConnections: config.maxConnectionsPerEndpoint) {
                return selection
            }
            if claimed {
                state.halfOpenProbe.store(false, ordering: .sequentiallyConsistent)
            }
        }
        failedSelections.wrappingAdd(1, ordering: .sequentiallyConsistent)
        throw .noEndpointsAvailable
    }

    /// The candidates in map order (spec §1.8); never empty.
    ///
    /// #148 legacy cost: walks every shard and entry and allocates two fresh lists per call.
    @inline(__always)
    func availableEndpoints(_ context: RequestContext) throws(LoadBalancerError) -> [EndpointState] {
        var available: [EndpointState] = []
        var zoneMatches: [EndpointState] = []
        let maxConnections = config.maxConnectionsPerEndpoint
        let clientZone = config.zoneAware ? context.clientZone : nil
        table.forEachInInsertionOrder { state in
            guard state.isAvailable() else { return }
            if state.isCircuitOpen(recoveryNanoseconds: recoveryNanoseconds) { return }
            if state.connections.load(ordering: .sequentiallyConsistent) >= maxConnections { return }
            if !context.requiredTags.isEmpty, !context.requiredTags.allSatisfy({ state.tags.contains($0) }) {
                return
            }
            if let clientZone, state.zone == clientZone {
                zoneMatches.append(state)
            } else {
                available.append(state)
            }
        }
        if !zoneMatches.isEmpty { return zoneMatches }
        if clientZone != nil, !config.zoneFallback { throw .noEndpointsAvailable }
        if available.isEmpty { throw .noEndpointsAvailable }
        return available
    }

    @inline(__always)
    func applyStrategy(
        _ strategy: Strategy, _ available: [EndpointState], _ context: RequestContext, counter: UInt64
    ) -> Selection {
        switch strategy {
        case .roundRobin: return roundRobin(available, offset: counter)
        case .weightedRoundRobin: return weightedRoundRobin(available, counter: counter)
        case .leastConnections: return leastConnections(available)
        case .weightedLeastConnections: return weightedLeastConnections(available)
        case .random: return randomChoice(available)
        case .weightedRandom: return weightedRandom(available)
        case .consistentHash: return consistentHash(available, context)
        case .leastLatency: return leastLatency(available)
        case .leastLoad: return leastLoad(available)
        case .powerOfTwo: return powerOfTwo(available)
        case .adaptive: return adaptive(available, context)
        }
    }

    @inline(__always)
    func makeSelection(_ state: EndpointState, _ reason: SelectionReason) -> Selection {
        Selection(nodeID: state.nodeID, weight: state.weight, loadScore: state.loadScore(), reason: reason)
    }

    @inline(__always)
    func roundRobin(_ available: [EndpointState], offset: UInt64) -> Selection {
        makeSelection(available[Int(offset % UInt64(available.count))], .roundRobin)
    }

    /// Round robin with its own counter bump (the fallback paths).
    func standaloneRoundRobin(_ available: [EndpointState]) -> Selection {
        roundRobin(available, offset: rrCounter.wrappingAdd(1, ordering: .sequentiallyConsistent).oldValue)
    }

    func weightedRoundRobin(_ available: [EndpointState], counter: UInt64) -> Selection {
        // #160 legacy cost: the total is recomputed on every call.
        var total = 0.0
        for state in available { total += state.effectiveWeight() }
        if !(total > 0) { return roundRobin(available, offset: counter) }
        let wheel = max(1, saturatingUInt64(total.rounded(.up)))
        let target = Double(counter % wheel)
        var running = 0.0
        for state in available {
            running += state.effectiveWeight()
            if running > target { return makeSelection(state, .weighted) }
        }
        return makeSelection(available[0], .weighted)
    }

    func leastConnections(_ available: [EndpointState]) -> Selection {
        var best = available[0]
        var bestConnections = best.connections.load(ordering: .sequentiallyConsistent)
        for state in available.dropFirst() {
            let connections = state.connections.load(ordering: .sequentiallyConsistent)
            if connections < bestConnections {
                best = state
                bestConnections = connections
            }
        }
        return makeSelection(best, .leastConnections)
    }

    func weightedLeastConnections(_ available: [EndpointState]) -> Selection {
        func score(_ state: EndpointState) -> Double {
            Double(state.connections.load(ordering: .sequentiallyConsistent))
                / Double.maximum(state.effectiveWeight(), 1e-6)
        }
        var best = available[0]
        for state in available.dropFirst() where score(state).totalOrderKey < score(best).totalOrderKey {
            best = state
        }
        return makeSelection(best, .leastConnections)
    }

    func randomChoice(_ available: [EndpointState]) -> Selection {
        makeSelection(available[Int(random.next() % UInt64(available.count))], .random)
    }

    func weightedRandom(_ available: [EndpointState]) -> Selection {
        var total = 0.0
        for state in available { total += state.effectiveWeight() }
        if total <= 0 { return randomChoice(available) }
        let target = random.nextUnit() * total
        var running = 0.0
        for state in available {
            running += state.effectiveWeight()
            if running >= target { return makeSelection(state, .weighted) }
        }
        return makeSelection(available[0], .weighted)
    }

    func consistentHash(_ available: [EndpointState], _ context: RequestContext) -> Selection {
        guard let key = context.routingKey ?? context.sessionID ?? context.requestID else {
            return standaloneRoundRobin(available)
        }
        let hash = FNV1a.hash(key)
        // #150 legacy cost: copy and sort the whole ring per call.
        let entries = ring.sortedEntries()
        let count = entries.count
        if count == 0 { return standaloneRoundRobin(available) }
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid].key < hash { low = mid + 1 } else { high = mid }
        }
        for step in 0..<count {
            let node = entries[(low + step) % count].node
            // #169 legacy cost: a linear search of the candidates per probed ring entry.
            if let state = available.first(where: { $0.nodeID == node }) {
                return makeSelection(state, .consistentHash)
            }
        }
        return standaloneRoundRobin(available)
    }

    func leastLatency(_ available: [EndpointState]) -> Selection {
        var best = available[0]
        for state in available.dropFirst() {
            // #149 legacy cost: both sides' metrics are copied under the read lock per comparison.
            // #165 legacy cost: a linear minimum over the filtered list (kept upstream as well).
            if state.metrics.read().avgResponseTimeMs.totalOrderKey
                < best.metrics.read().avgResponseTimeMs.totalOrderKey
            {
                best = state
            }
        }
        return makeSelection(best, .leastLatency)
    }

    func leastLoad(_ available: [EndpointState]) -> Selection {
        var best = available[0]
        for state in available.dropFirst() where state.loadScore().totalOrderKey < best.loadScore().totalOrderKey {
            best = state
        }
        return makeSelection(best, .leastLoad)
    }

    func powerOfTwo(_ available: [EndpointState]) -> Selection {
        let count = UInt64(available.count)
        if count < 2 { return standaloneRoundRobin(available) }
        let first = Int(random.next() % count)
        var second = Int(random.next() % count)
        if second == first { second = (first + 1) % Int(count) }
        let firstConnections = available[first].connections.load(ordering: .sequentiallyConsistent)
        let secondConnections = available[second].connections.load(ordering: .sequentiallyConsistent)
        return makeSelection(available[firstConnections <= secondConnections ? first : second], .powerOfTwo)
    }

    func adaptive(_ available: [EndpointState], _ context: RequestContext) -> Selection {
        var sum = 0.0
        for state in available { sum += state.loadScore() }
        let average = sum / Double(available.count)
        if average > 0.7 { return leastConnections(available) }
        if context.sessionID != nil || context.routingKey != nil { return consistentHash(available, context) }
        return weightedRoundRobin(
            available, counter: rrCounter.wrappingAdd(1, ordering: .sequentiallyConsistent).oldValue)
    }
}
