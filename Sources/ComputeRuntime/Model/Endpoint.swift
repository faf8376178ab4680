/// The configuration of one endpoint as callers register it (spec §1.3).
public struct Endpoint: Sendable, Equatable {
    public var nodeID: NodeID
    /// Configured weight (default 100).
    public var weight: UInt32 = 100
    public var health: HealthStatus = .healthy
    public var metrics: LoadMetrics = LoadMetrics()
    public var tags: [String] = []
    /// Stored, never used by selection.
    public var priority: UInt32 = 0
    public var enabled: Bool = true
    public var zone: String? = nil

    public init(_ nodeID: NodeID) {
        self.nodeID = nodeID
    }

    public func withWeight(_ weight: UInt32) -> Endpoint {
        var copy = self
        copy.weight = weight
        return copy
    }

    public func withZone(_ zone: String) -> Endpoint {
        var copy = self
        copy.zone = zone
        return copy
    }

    /// Appends a tag.
    public func withTag(_ tag: String) -> Endpoint {
        var copy = self
        copy.tags.append(tag)
        return copy
    }

    public func withPriority(_ priority: UInt32) -> Endpoint {
        var copy = self
        copy.priority = priority
        return copy
    }

    /// `0` when disabled, else the configured weight scaled by the health multiplier.
    public func effectiveWeight() -> Double {
        enabled ? Double(weight) * health.weightMultiplier : 0.0
    }

    public func isAvailable() -> Bool {
        enabled && health.canReceiveTraffic
    }
}
