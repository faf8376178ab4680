import ComputeRuntime

/// Upstream's load-balancer iteration: `select(context)` then `recordCompletion(id, success: true)`,
/// so reservations return to zero and circuits never trip (spec §7). Sendable: its state is the
/// thread-safe balancer and an immutable setting, so two threads may drive it (the contended case).
final class SelectCompleteWorkload<Balancer: LoadBalancing>: EventWorkload, Sendable {
    let balancer: Balancer
    let fingerprint: SelectionFingerprint

    init(_ balancer: Balancer, fingerprint: SelectionFingerprint = .selection) {
        self.balancer = balancer
        self.fingerprint = fingerprint
    }

    func perform(_ context: RequestContext) -> UInt64 {
        do {
            let selection = try balancer.select(context)
            balancer.recordCompletion(selection.nodeID, success: true)
            switch fingerprint {
            case .selection:
                return selection.outputFingerprint
            case .reasonOnly:
                return 1 &+ UInt64(selection.reason.ordinal)
            }
        } catch {
            return 0xE000_0000_0000_0000
        }
    }

    func stateFingerprint() -> UInt64 {
        balancer.stats().fingerprint
    }
}

/// What of a selection must agree between legacy and fixed.
enum SelectionFingerprint: Sendable {
    /// The chosen id, its weight, load score bits and reason: deterministic strategies.
    case selection
    /// Only success and reason: random strategies, whose draws may differ (spec #161).
    case reasonOnly
}

extension Selection {
    /// The chosen id, its weight, load score bits and reason folded into one word (deterministic
    /// strategies). Limit kernels fold their answers with this too, so their digests compare.
    @inline(__always)
    var outputFingerprint: UInt64 {
        nodeID.words.0 &* 31 &+ nodeID.words.1 &+ UInt64(weight) << 40 &+ loadScore.bitPattern
            &+ UInt64(reason.ordinal)
    }
}

extension SelectionReason {
    /// A stable small number per reason (declaration order). A switch rather than a search of
    /// `allCases`, which builds an array per call in unoptimized builds and costs every side of a
    /// select case a linear search per event.
    var ordinal: Int {
        switch self {
        case .roundRobin: 0
        case .weighted: 1
        case .leastConnections: 2
        case .consistentHash: 3
        case .leastLatency: 4
        case .leastLoad: 5
        case .random: 6
        case .powerOfTwo: 7
        case .zoneAffinity: 8
        case .fallback: 9
        }
    }
}

extension LoadBalancerStats {
    /// Every field folded into one word; NaN averages compare by bit pattern.
    var fingerprint: UInt64 {
        var digest = OutputDigest()
        for word in [
            totalSelections, failedSelections, UInt64(activeEndpoints), UInt64(healthyEndpoints),
            totalConnections, avgLoadScore.bitPattern,
        ] {
            digest.add(word)
        }
        return digest.value
    }
}
