/// What a caller knows about the request being routed (spec §1.5).
public struct RequestContext: Sendable, Equatable, FluentBuilding {
    public var requestID: String? = nil
    public var sessionID: String? = nil
    public var clientZone: String? = nil
    public var requiredTags: [String] = []
    /// Never read by selection (kept for parity with upstream).
    public var preferredZones: [String] = []
    public var routingKey: String? = nil

    public init() {}

    public func withSession(_ sessionID: String) -> RequestContext {
        modified { $0.sessionID = sessionID }
    }

    public func withRoutingKey(_ key: String) -> RequestContext {
        modified { $0.routingKey = key }
    }

    /// Sets the client zone.
    public func withZone(_ zone: String) -> RequestContext {
        modified { $0.clientZone = zone }
    }

    /// Appends a required tag.
    public func requireTag(_ tag: String) -> RequestContext {
        modified { $0.requiredTags.append(tag) }
    }
}
