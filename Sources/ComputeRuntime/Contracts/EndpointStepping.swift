/// One registered endpoint's per-select steps, reachable on their own so a benchmark can measure
/// a single audit item's cost without the walk around it (perfbench's `lb.step.*` cases).
///
/// A select runs these once per chosen endpoint: the reservation (spec §1.9 step 3.6; #155) and the
/// load-score read that fills `Selection.loadScore` (spec §1.2; #149). The steps act on the live
/// endpoint like a select does, so a reservation counts against the connection cap.
package protocol EndpointStepping: AnyObject {
    /// Reserves one connection unless `maxConnections` are reserved; true when it did.
    func reserve(maxConnections: UInt32) -> Bool
    /// The endpoint's current load score, read as a select reads it.
    func loadScore() -> Double
}
