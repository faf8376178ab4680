/// A change in one endpoint's contribution to the balancer's fast-path blocker totals.
struct BlockerChange {
    /// +1 when a reservation fills the last connection slot, −1 when a completion frees it.
    var atCapacity = 0
    /// +1 when the circuit opens, −1 when a successful probe closes it.
    var circuitOpen = 0

    var isEmpty: Bool { atCapacity == 0 && circuitOpen == 0 }
}

/// How many endpoints of the current snapshot the per-endpoint filter (spec §1.8 steps 1–3) could
/// exclude. When all three are zero and a request names no required tags, the filter would keep
/// every endpoint, so `select` skips it (#148 fast path).
package struct FastPathBlockers: Equatable, Sendable, CustomStringConvertible {
    /// Disabled, unhealthy or unknown endpoints.
    package var unavailable: Int
    /// Endpoints whose circuit is open (in or past the recovery window: the slow path decides).
    package var circuitOpen: Int
    /// Endpoints with `connections >= maxConnectionsPerEndpoint`.
    package var atCapacity: Int

    package init(unavailable: Int, circuitOpen: Int, atCapacity: Int) {
        self.unavailable = unavailable
        self.circuitOpen = circuitOpen
        self.atCapacity = atCapacity
    }

    package var isClear: Bool { unavailable == 0 && circuitOpen == 0 && atCapacity == 0 }

    package var description: String {
        "unavailable \(unavailable), circuitOpen \(circuitOpen), atCapacity \(atCapacity)"
    }
}
