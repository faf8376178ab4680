/// A claimed half-open probe slot of one endpoint (spec §1.4, the optional probe guard).
///
/// Claiming sets the endpoint's probe flag. Dropping the claim without `commit()` clears the flag
/// again (so a failure between claim and commit never leaks the slot); after `commit()` the flag
/// stays set until the endpoint's next completion decides the probe. `select` does not use it.
public protocol HalfOpenProbeClaim: AnyObject, Sendable {
    /// Keeps the probe flag set when the claim is dropped.
    func commit()
}
