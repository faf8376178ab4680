import Synchronization

/// Candidate filtering (spec §1.8) when the fast path cannot skip it: some endpoint is unavailable,
/// at its connection cap or circuit-open, or the request requires tags.
///
/// #148: the candidates are a bitmap over snapshot positions, built in O(endpoints / 64) words from
/// the snapshot's cached exclusions (`ExclusionCache`), the tag and zone position sets, and a live
/// circuit verdict for the few circuit-flagged endpoints; a visit per endpoint happens only when a
/// transition has made the cache stale. #163: a retry re-runs this, in place. No allocation, lock
/// or reference count: the bitmaps live in `FilterScratch`.
extension LoadBalancer {
    /// The filter and strategy of one attempt.
    @inline(__always)
    func chooseAfterFilter(_ table: EndpointTable, _ context: RequestContext, counter: UInt64) throws(LoadBalancerError)
        -> (Int, SelectionReason)
    {
        try chooseAfterFilter(table, context, counter: counter, scratch: FilterScratch.words(2 * table.wordCount))
    }

    /// One attempt over `scratch` (two bitmaps of the table's `wordCount` words).
    @inline(never)
    func chooseAfterFilter(
        _ table: EndpointTable, _ context: RequestContext, counter: UInt64, scratch: UnsafeMutablePointer<UInt64>
    ) throws(LoadBalancerError) -> (Int, SelectionReason) {
        let open = scratch
        let spare = scratch + table.wordCount
        let version = exclusionVersion.load(ordering: .acquiring)
        var openCount: Int
        if let cached = table.exclusions.load(version: version, open: open, circuit: spare) {
            openCount = cached
        } else {
            openCount = scanExclusions(table, open: open, circuit: spare)
            table.exclusions.store(version: version, open: open, openCount: openCount, circuit: spare)
        }
        let candidates = try finishFilter(table, context, open: open, openCount: openCount, spare: spare)
        let chosen = choose(table, candidates, context, counter: counter)
        if isCandidate(table, chosen.0) { return chosen }
        // Only a transition racing with this select gets here (the cache is exact whenever none is
        // in flight): redo the attempt on live state.
        openCount = scanExclusions(table, open: open, circuit: spare)
        let live = try finishFilter(table, context, open: open, openCount: openCount, spare: spare)
        return choose(table, live, context, counter: counter)
    }

    /// Visits every endpoint: `open` gets the available ones below the connection cap, `circuit`
    /// the ones whose circuit flag is set (their verdict depends on the time; `finishFilter` decides).
    ///
    /// - Returns: the number of endpoints in `open`.
    func scanExclusions(
        _ table: EndpointTable, open: UnsafeMutablePointer<UInt64>, circuit: UnsafeMutablePointer<UInt64>
    ) -> Int {
        open.update(repeating: 0, count: table.wordCount)
        circuit.update(repeating: 0, count: table.wordCount)
        let maxConnections = config.maxConnectionsPerEndpoint
        var openCount = 0
        for position in 0..<table.count {
            withState(table, position) { state in
                let bit: UInt64 = 1 << UInt64(position & 63)
                if state.isAvailable(), state.connections.load(ordering: .sequentiallyConsistent) < maxConnections {
                    open[position >> 6] |= bit
                    openCount += 1
                }
                if state.circuitOpen.load(ordering: .sequentiallyConsistent) { circuit[position >> 6] |= bit }
            }
        }
        return openCount
    }

    /// Turns `open` (available, below the cap; `openCount` of them) and `spare` (circuit flags) into
    /// the attempt's candidates: the flagged endpoints whose circuit is open now leave `open`, then
    /// the required tags intersect it, then a client zone's members move to `spare` (spec §1.8
    /// result rules).
    ///
    /// - Throws: `noEndpointsAvailable` when no candidate remains, or none in the client zone
    ///   without zone fallback.
    @inline(__always)
    func finishFilter(
        _ table: EndpointTable, _ context: RequestContext, open: UnsafeMutablePointer<UInt64>, openCount: Int,
        spare: UnsafeMutablePointer<UInt64>
    ) throws(LoadBalancerError) -> CandidateSet {
        let wordCount = table.wordCount
        let recovery = recoveryNanoseconds
        var available = openCount
        for word in 0..<wordCount {
            var flagged = spare[word] & open[word]
            while flagged != 0 {
                let position = word << 6 | flagged.trailingZeroBitCount
                let bit = flagged & (0 &- flagged)
                flagged &= flagged &- 1
                if withState(table, position, { $0.isCircuitOpen(recoveryNanoseconds: recovery) }) {
                    open[word] &= ~bit
                    available -= 1
                }
            }
        }
        let required = context.requiredTags
        if !required.isEmpty {
            for index in required.indices {
                guard let tag = table.tagSets.number(of: required[index]) else {
                    open.update(repeating: 0, count: wordCount)
                    break
                }
                table.tagSets.intersect(tag, into: open)
            }
            available = Self.population(open, wordCount)
        }
        if config.zoneAware, let clientZone = context.clientZone {
            if let zone = table.zoneSets.number(of: clientZone) {
                table.zoneSets.split(zone, from: open, into: spare)
                let matches = Self.population(spare, wordCount)
                if matches > 0 { return CandidateSet(bits: spare, wordCount: wordCount, count: matches) }
            }
            if !config.zoneFallback { throw .noEndpointsAvailable }
        }
        if available == 0 { throw .noEndpointsAvailable }
        return CandidateSet(bits: open, wordCount: wordCount, count: available)
    }

    /// Whether the endpoint at `position` passes the per-endpoint tests on live state now (tags and
    /// zone are fixed per snapshot, so the bitmaps hold them exactly).
    @inline(__always)
    func isCandidate(_ table: EndpointTable, _ position: Int) -> Bool {
        let maxConnections = config.maxConnectionsPerEndpoint
        let recovery = recoveryNanoseconds
        return withState(table, position) { state in
            state.isAvailable() && !state.isCircuitOpen(recoveryNanoseconds: recovery)
                && state.connections.load(ordering: .sequentiallyConsistent) < maxConnections
        }
    }

    /// The number of set bits in `words[0 ..< count]`.
    @inline(__always)
    static func population(_ words: UnsafeMutablePointer<UInt64>, _ count: Int) -> Int {
        var total = 0
        for word in 0..<count { total &+= words[word].nonzeroBitCount }
        return total
    }
}
