/// What a caller knows about the request being routed (spec §1.5).
public struct RequestContext: Sendable, Equatable {
    public var requestID: String? = nil
    public var sessionID: String? = nil
    public var clientZone: String? = nil
    public var requiredTags: [String] = []
    /// Never read by selection (kept for parity with upstream).
    public var preferredZones: [String] = []
    public var routingKey: String? = nil

    public init() {}

    public func withSession(_ sessionID: String) -> RequestContext {
        var copy = self
        copy.sessionID = sessionID
        return copy
    }

    public func withRoutingKey(_ key: String) -> RequestContext {
        var copy = self
        copy.routingKey = key
        return copy
    }

    /// Sets the client zone.
    public func withZone(_ zone: String) -> RequestContext {
        var copy = self
        copy.clientZone = zone
        return copy
    }

    /// Appends a required tag.
    public func requireTag(_ tag: String) -> RequestContext {
        var copy = self
        copy.requiredTags.append(tag)
        return copy
    }
}
